/**
 * generated — do not edit. The server's OpenAPI document (every route's zod schemas) as TypeScript, written by
 * scripts/gen-api-types.mjs: after changing a route's schemas run `npm run contracts` and commit this file.
 * `npm test` fails while it differs from what the server declares. Named aliases: the features' api.ts files.
 */

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 运行指标（Prometheus 格式；仅本机或持有 METRICS_TOKEN） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活检查 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            db: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 就绪检查（含数据库） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            db: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "unavailable";
                            db: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 获取 CSRF 令牌（提交请求时放入 x-csrf-token 头） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本系统实例信息（是否为演示数据：演示账号的密码公开在 README 中） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                mustChangePassword: boolean;
                                permissions: string[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                mustChangePassword: boolean;
                                permissions: string[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码（至少 10 位，含字母和数字，不含用户名） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                mustChangePassword: boolean;
                                permissions: string[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色列表 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/scope-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选的区划与单位（设置用户范围） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regions: {
                                code: string;
                                name: string;
                                level: string;
                                parentCode: string | null;
                            }[];
                            agencies: {
                                id: string;
                                name: string;
                                kind: string;
                                regionCode: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                    regionCode?: string;
                    agencyId?: string;
                    status?: "active" | "disabled" | "locked";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建用户（返回一次性初始密码，首次登录须修改） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                        regionCode?: string | null;
                        /** Format: uuid */
                        agencyId?: string | null;
                        phone?: (string | "") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                            initialPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用户（姓名、角色、范围、电话） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        displayName?: string;
                        /** @enum {string} */
                        role?: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                        regionCode?: string | null;
                        /** Format: uuid */
                        agencyId?: string | null;
                        phone?: (string | "") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用用户（立即下线） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用用户 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码（返回一次性初始密码） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            initialPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除登录锁定 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "city_coordinator" | "county_coordinator" | "agency_clerk" | "agency_head" | "court_liaison" | "expert" | "discipline_liaison" | "leader" | "admin" | "mediator";
                                roleName: string;
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                                agencyName: string | null;
                                phone: string | null;
                                disabled: boolean;
                                locked: boolean;
                                lockedUntil: string | null;
                                failedLogins: number;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载用户导入模板（.xlsx） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 Excel 导入用户（最多 500 行；有错误时不导入并逐行说明） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName?: string;
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: {
                                row: number;
                                username: string;
                                displayName: string;
                                roleName: string;
                                initialPassword: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的登录会话 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                createdAt: string;
                                lastSeenAt: string;
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                current: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 退出某个会话 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出其他所有会话 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（按操作人、对象、操作、时间筛选） */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    actorUserId?: string;
                    entityType?: string;
                    entityId?: string;
                    action?: string;
                    from?: unknown;
                    to?: unknown;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                actorUserId: string | null;
                                actorName: string;
                                ip: string | null;
                                action: string;
                                entityType: string;
                                entityId: string | null;
                                before: unknown;
                                after: unknown;
                                diff: unknown;
                                requestId: string | null;
                                entityName: string | null;
                                what: {
                                    code: string;
                                    detail: string | null;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志的操作类型（代码与中文名称，供筛选） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                /** @enum {string} */
                                value: "create" | "update" | "delete" | "restore" | "login" | "login_failed" | "logout" | "export" | "unmask" | "import" | "password_change" | "password_reset" | "lock" | "unlock" | "disable" | "enable" | "session_revoke" | "login_throttled" | "jobs_run" | "backup_run";
                                label: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志（.xlsx；导出本身记入审计日志） */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    actorUserId?: string;
                    entityType?: string;
                    entityId?: string;
                    action?: string;
                    from?: unknown;
                    to?: unknown;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 案件列表（筛选、排序、游标或页码分页）
         * @description Scope per role (policy.ts). `q` matches prefixes: the case number (with or without its year), a bare sequence number, a party name, the 案由. List values are comma-separated (status=registered,in_progress). `cursor` (from nextCursor) gives stable keyset pages; `page` gives offset pages. `total` is exact up to 10,000 and otherwise 10,000 with totalIsEstimate.
         */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    status?: string;
                    outcome?: string;
                    riskLevel?: string;
                    instance?: string;
                    regionCode?: string;
                    regionExact?: "true" | "false";
                    agencyId?: string;
                    courtAgencyId?: string;
                    domain?: string;
                    governmentLost?: "true" | "false";
                    year?: number;
                    q?: string;
                    includeDeleted?: "true" | "false";
                    dueBy?: string;
                    filedFrom?: string;
                    filedTo?: string;
                    concludedFrom?: string;
                    concludedTo?: string;
                    indicator?: string;
                    indicatorPart?: "numerator" | "denominator";
                    indicatorFrom?: string;
                    indicatorTo?: string;
                    indicatorVersion?: number;
                    exactTotal?: "true" | "false";
                    handler?: string;
                    sort?: "filedDate" | "receivedDate" | "caseNumber" | "updatedAt" | "nextDueDate";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                caseNumber: string | null;
                                /** @enum {string|null} */
                                caseNumberStatus: "valid" | "unverified" | null;
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                courtAgencyId: string | null;
                                courtName: string | null;
                                regionCode: string;
                                regionName: string | null;
                                firstDefendantAgencyId: string | null;
                                firstDefendantName: string | null;
                                plaintiffs: string[];
                                plaintiffCount: number;
                                receivedDate: string | null;
                                filedDate: string | null;
                                causeOfAction: string | null;
                                /** @enum {string|null} */
                                actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                                domain: string | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                                outcome: string | null;
                                outcomeLabel: string | null;
                                outcomeDate: string | null;
                                governmentLost: boolean | null;
                                /** @enum {string} */
                                riskLevel: "green" | "yellow" | "red";
                                handlerUserId: string | null;
                                handlerName: string | null;
                                nextDueDate: string | null;
                                nextDueProvisional: boolean;
                                deleted: boolean;
                                version: number;
                                updatedAt: string;
                            }[];
                            total: number;
                            totalIsEstimate: boolean;
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 登记案件
         * @description Litigation numbers are parsed (CASE_NUMBER_INVALID with the reason unless acceptUnverified → 待核实). Court and instance come from the number when not given; the region from the first defendant agency; outcome from outcomeText when not given; governmentLost always from the outcome.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 案件类型
                         * @enum {string}
                         */
                        kind: "litigation" | "reconsideration" | "dispute";
                        /** 案号 */
                        caseNumber?: string | null;
                        /** 接受待核实案号 */
                        acceptUnverified?: boolean;
                        /**
                         * 审级
                         * @enum {string|null}
                         */
                        instance?: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                        /**
                         * 法院（复议机关）
                         * Format: uuid
                         */
                        courtAgencyId?: string | null;
                        /** 法院代字 */
                        courtCode?: string | null;
                        /** 所属地区 */
                        regionCode?: string;
                        /** 收案日期 */
                        receivedDate?: string | null;
                        /** 立案日期 */
                        filedDate?: string | null;
                        /** 收到起诉状副本日期 */
                        complaintReceivedDate?: string | null;
                        /** 案由 */
                        causeOfAction?: string | null;
                        /** 被诉行政行为 */
                        contestedAct?: string | null;
                        /**
                         * 行政行为种类
                         * @enum {string|null}
                         */
                        actKind?: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                        /** 行政管理领域 */
                        domain?: string | null;
                        /** 原告人数 */
                        plaintiffCount?: number;
                        /** 诉讼标的额 */
                        amountClaimed?: (number | string) | null;
                        /** 是否涉及规范性文件附带审查 */
                        normativeDocReview?: boolean;
                        /** 是否开庭 */
                        hearingHeld?: boolean;
                        /**
                         * 案件状态
                         * @enum {string}
                         */
                        status?: "registered" | "in_progress" | "concluded" | "closed";
                        /**
                         * 裁判结果（复议结果）
                         * @enum {string|null}
                         */
                        outcome?: "CLAIMS_REJECTED" | "REVOKED" | "ORDERED_TO_PERFORM" | "ORDERED_TO_PAY" | "CONFIRMED_ILLEGAL" | "CONFIRMED_VOID" | "ALTERED" | "AGREEMENT_REMEDY" | "COMPENSATION_ORDERED" | "SUIT_DISMISSED" | "NOT_ACCEPTED" | "WITHDRAWN" | "WITHDRAWN_AFTER_CHANGE" | "MEDIATED" | "APPEAL_DISMISSED" | "REVERSED" | "REMANDED" | "RETRIAL_APPLICATION_DISMISSED" | "RETRIAL_ORDERED" | "TERMINATED" | "RECON_ALTERED" | "RECON_REVOKED" | "RECON_CONFIRMED_ILLEGAL" | "RECON_ORDERED_TO_PERFORM" | "RECON_CONFIRMED_VOID" | "RECON_UPHELD" | "RECON_CLAIM_REJECTED" | "RECON_AGREEMENT_REMEDY" | "RECON_APPLICATION_DISMISSED" | "RECON_NOT_ACCEPTED" | "RECON_MEDIATED" | "RECON_WITHDRAWN" | "RECON_TERMINATED" | "DISPUTE_MEDIATED" | "DISPUTE_WITHDRAWN" | "DISPUTE_UNRESOLVED" | null;
                        /** 结案日期 */
                        outcomeDate?: string | null;
                        /** 裁判主文 */
                        outcomeText?: string | null;
                        /** 是否上诉 */
                        appealed?: boolean | null;
                        /** 备注 */
                        notes?: string | null;
                        /**
                         * 风险等级
                         * @enum {string}
                         */
                        riskLevel?: "green" | "yellow" | "red";
                        /**
                         * 承办人
                         * Format: uuid
                         */
                        handlerUserId?: string | null;
                        /** 当事人 */
                        parties?: {
                            /**
                             * 当事人地位
                             * @enum {string}
                             */
                            side: "plaintiff" | "defendant" | "third_party";
                            /**
                             * 当事人类型
                             * @enum {string}
                             */
                            partyType: "person" | "organization" | "agency";
                            /** 当事人名称 */
                            name: string;
                            /**
                             * 当事人机关
                             * Format: uuid
                             */
                            agencyId?: string | null;
                            /**
                             * 被告类别
                             * @enum {string|null}
                             */
                            defendantRole?: "first" | "co_defendant" | "reconsideration_body" | null;
                            /** 证件号码 */
                            idNumber?: string | null;
                            /** 联系电话 */
                            phone?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件字段的可选值与中文名称 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kinds: {
                                value: string;
                                label: string;
                            }[];
                            instances: {
                                value: string;
                                label: string;
                            }[];
                            statuses: {
                                value: string;
                                label: string;
                            }[];
                            actKinds: {
                                value: string;
                                label: string;
                            }[];
                            riskLevels: {
                                value: string;
                                label: string;
                            }[];
                            partySides: {
                                value: string;
                                label: string;
                            }[];
                            partyTypes: {
                                value: string;
                                label: string;
                            }[];
                            defendantRoles: {
                                value: string;
                                label: string;
                            }[];
                            linkTypes: {
                                value: string;
                                label: string;
                            }[];
                            eventTypes: {
                                value: string;
                                label: string;
                            }[];
                            headAppearances: {
                                value: string;
                                label: string;
                            }[];
                            caseNumberStatuses: {
                                value: string;
                                label: string;
                            }[];
                            deadlineStatuses: {
                                value: string;
                                label: string;
                            }[];
                            outcomes: {
                                value: string;
                                label: string;
                                kind: string;
                                loss: boolean;
                                basis: string;
                            }[];
                            deadlineRules: {
                                id: string;
                                name: string;
                                basis: string;
                                counting: string;
                                length: number;
                                startsFrom: string;
                                note: string | null;
                            }[];
                            sortKeys: string[];
                            maxPageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作台：期限分档（已逾期、10日内、20日内、无承办人），按单位和承办人
         * @description Scope per role: the city (its counties and 市本级) for the city coordinator and the leader, the county (its agencies) for the county coordinator, the own agency for its clerk and head. Each row carries the case-list filters that, with dueBy (a bucket date) or handler=none&status=registered,in_progress, list exactly its cases.
         */
        get: {
            parameters: {
                query?: {
                    today?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            level: "city" | "county" | "agency";
                            today: string;
                            dates: {
                                overdueBy: string;
                                within10By: string;
                                within20By: string;
                            };
                            statuses: {
                                deadlines: string;
                                noHandler: string;
                            };
                            totals: {
                                overdue: number;
                                within10: number;
                                within20: number;
                                noHandler: number;
                            };
                            units: {
                                key: string;
                                name: string;
                                filter: {
                                    regionCode?: string;
                                    regionExact?: boolean;
                                    agencyId?: string;
                                    handler?: string;
                                };
                                overdue: number;
                                within10: number;
                                within20: number;
                                noHandler: number;
                            }[];
                            people: {
                                userId: string | null;
                                name: string | null;
                                filter: {
                                    regionCode?: string;
                                    regionExact?: boolean;
                                    agencyId?: string;
                                    handler?: string;
                                };
                                overdue: number;
                                within10: number;
                                within20: number;
                                noHandler: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/handler-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可选的承办人（被告机关的应诉专员、所属县区和市的协调员）
         * @description docs/rules/cases.md#handler. The first agency decides the county and city; it must lie in the caller's region (a clerk: the clerk's county), else 403.
         */
        get: {
            parameters: {
                query: {
                    agencyIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                displayName: string;
                                username: string;
                                role: string;
                                unitName: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情（当事人、关联案件、时间线、期限、庭审、操作记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除案件（软删除，须填写原因） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 删除原因 */
                        reason: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改案件（须带版本号；版本过期返回 409 VERSION_CONFLICT 及当前记录） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 案件类型
                         * @enum {string}
                         */
                        kind?: "litigation" | "reconsideration" | "dispute";
                        /** 案号 */
                        caseNumber?: string | null;
                        /** 接受待核实案号 */
                        acceptUnverified?: boolean;
                        /**
                         * 审级
                         * @enum {string|null}
                         */
                        instance?: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                        /**
                         * 法院（复议机关）
                         * Format: uuid
                         */
                        courtAgencyId?: string | null;
                        /** 法院代字 */
                        courtCode?: string | null;
                        /** 所属地区 */
                        regionCode?: string;
                        /** 收案日期 */
                        receivedDate?: string | null;
                        /** 立案日期 */
                        filedDate?: string | null;
                        /** 收到起诉状副本日期 */
                        complaintReceivedDate?: string | null;
                        /** 案由 */
                        causeOfAction?: string | null;
                        /** 被诉行政行为 */
                        contestedAct?: string | null;
                        /**
                         * 行政行为种类
                         * @enum {string|null}
                         */
                        actKind?: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                        /** 行政管理领域 */
                        domain?: string | null;
                        /** 原告人数 */
                        plaintiffCount?: number;
                        /** 诉讼标的额 */
                        amountClaimed?: (number | string) | null;
                        /** 是否涉及规范性文件附带审查 */
                        normativeDocReview?: boolean;
                        /** 是否开庭 */
                        hearingHeld?: boolean;
                        /**
                         * 案件状态
                         * @enum {string}
                         */
                        status?: "registered" | "in_progress" | "concluded" | "closed";
                        /**
                         * 裁判结果（复议结果）
                         * @enum {string|null}
                         */
                        outcome?: "CLAIMS_REJECTED" | "REVOKED" | "ORDERED_TO_PERFORM" | "ORDERED_TO_PAY" | "CONFIRMED_ILLEGAL" | "CONFIRMED_VOID" | "ALTERED" | "AGREEMENT_REMEDY" | "COMPENSATION_ORDERED" | "SUIT_DISMISSED" | "NOT_ACCEPTED" | "WITHDRAWN" | "WITHDRAWN_AFTER_CHANGE" | "MEDIATED" | "APPEAL_DISMISSED" | "REVERSED" | "REMANDED" | "RETRIAL_APPLICATION_DISMISSED" | "RETRIAL_ORDERED" | "TERMINATED" | "RECON_ALTERED" | "RECON_REVOKED" | "RECON_CONFIRMED_ILLEGAL" | "RECON_ORDERED_TO_PERFORM" | "RECON_CONFIRMED_VOID" | "RECON_UPHELD" | "RECON_CLAIM_REJECTED" | "RECON_AGREEMENT_REMEDY" | "RECON_APPLICATION_DISMISSED" | "RECON_NOT_ACCEPTED" | "RECON_MEDIATED" | "RECON_WITHDRAWN" | "RECON_TERMINATED" | "DISPUTE_MEDIATED" | "DISPUTE_WITHDRAWN" | "DISPUTE_UNRESOLVED" | null;
                        /** 结案日期 */
                        outcomeDate?: string | null;
                        /** 裁判主文 */
                        outcomeText?: string | null;
                        /** 是否上诉 */
                        appealed?: boolean | null;
                        /** 备注 */
                        notes?: string | null;
                        /**
                         * 风险等级
                         * @enum {string}
                         */
                        riskLevel?: "green" | "yellow" | "red";
                        /**
                         * 承办人
                         * Format: uuid
                         */
                        handlerUserId?: string | null;
                        /** 当事人 */
                        parties?: {
                            /**
                             * 当事人地位
                             * @enum {string}
                             */
                            side: "plaintiff" | "defendant" | "third_party";
                            /**
                             * 当事人类型
                             * @enum {string}
                             */
                            partyType: "person" | "organization" | "agency";
                            /** 当事人名称 */
                            name: string;
                            /**
                             * 当事人机关
                             * Format: uuid
                             */
                            agencyId?: string | null;
                            /**
                             * 被告类别
                             * @enum {string|null}
                             */
                            defendantRole?: "first" | "co_defendant" | "reconsideration_body" | null;
                            /** 证件号码 */
                            idNumber?: string | null;
                            /** 联系电话 */
                            phone?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复已删除的案件 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联案件（本案为后案：上诉、再审、复议后起诉、争议转案） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 关联案件
                         * Format: uuid
                         */
                        toCaseId: string;
                        /**
                         * 关联类型
                         * @enum {string}
                         */
                        linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加时间线事件（如提交答辩、开庭、协调化解、备注） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 日期 */
                        at: string;
                        /**
                         * 事件类型
                         * @enum {string}
                         */
                        type: "registered" | "filed" | "notice_received" | "defence_submitted" | "hearing" | "mediation" | "outcome" | "appeal" | "withdrawal" | "linked" | "deleted" | "restored" | "note";
                        /** 标题 */
                        title: string;
                        /** 详情 */
                        detail?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看当事人完整证件号码和电话（记入审计日志） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 查看原因 */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/deadlines/{deadlineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 调整期限（自定义期限须填写原因）或标记期限已完成/重新打开
         * @description `customDueDate` sets a custom due date (customReason required) or clears it (null); the statutory date stays computed beside it. `status`: met | open. `version` (the case version) is optional; stale → 409.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deadlineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 调整后的期限 */
                        customDueDate?: string | null;
                        /** 调整原因 */
                        customReason?: string | null;
                        /**
                         * 期限状态
                         * @enum {string}
                         */
                        status?: "open" | "met";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配专家评查 / 移送纪委监委（被分配人随即可查看本案） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 分配对象
                         * Format: uuid
                         */
                        userId: string;
                        /**
                         * 分配用途
                         * @enum {string}
                         */
                        purpose: "expert_review" | "discipline";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销分配（被分配人不再能查看本案） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "litigation" | "reconsideration" | "dispute";
                            caseNumber: string | null;
                            /** @enum {string|null} */
                            caseNumberStatus: "valid" | "unverified" | null;
                            /** @enum {string|null} */
                            instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                            courtAgencyId: string | null;
                            courtName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            firstDefendantAgencyId: string | null;
                            firstDefendantName: string | null;
                            plaintiffs: string[];
                            plaintiffCount: number;
                            receivedDate: string | null;
                            filedDate: string | null;
                            causeOfAction: string | null;
                            /** @enum {string|null} */
                            actKind: "penalty" | "license" | "coercion" | "expropriation" | "disclosure" | "inaction" | "agreement" | "confirmation" | "registration" | "adjudication" | "benefit" | "other" | null;
                            domain: string | null;
                            /** @enum {string} */
                            status: "registered" | "in_progress" | "concluded" | "closed";
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            /** @enum {string} */
                            riskLevel: "green" | "yellow" | "red";
                            handlerUserId: string | null;
                            handlerName: string | null;
                            nextDueDate: string | null;
                            nextDueProvisional: boolean;
                            deleted: boolean;
                            version: number;
                            updatedAt: string;
                            caseNumberRaw: string | null;
                            courtCode: string | null;
                            regionPath: string;
                            domainName: string | null;
                            complaintReceivedDate: string | null;
                            contestedAct: string | null;
                            amountClaimed: string | null;
                            normativeDocReview: boolean;
                            hearingHeld: boolean;
                            outcomeText: string | null;
                            appealed: boolean | null;
                            notes: string | null;
                            deletedAt: string | null;
                            deleteReason: string | null;
                            createdAt: string;
                            canUnmask: boolean;
                            parties: {
                                id: string;
                                /** @enum {string} */
                                side: "plaintiff" | "defendant" | "third_party";
                                /** @enum {string} */
                                partyType: "person" | "organization" | "agency";
                                name: string;
                                agencyId: string | null;
                                agencyName: string | null;
                                /** @enum {string|null} */
                                defendantRole: "first" | "co_defendant" | "reconsideration_body" | null;
                                idNumber: string | null;
                                phone: string | null;
                                masked: boolean;
                                sortOrder: number;
                            }[];
                            links: {
                                id: string;
                                /** @enum {string} */
                                linkType: "appeal_of" | "retrial_of" | "follows_reconsideration" | "became_case";
                                /** @enum {string} */
                                direction: "from" | "to";
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "litigation" | "reconsideration" | "dispute";
                                /** @enum {string|null} */
                                instance: "first" | "appeal" | "retrial-review" | "retrial" | "enforcement-review" | "jurisdiction" | "compensation" | "other" | null;
                                /** @enum {string} */
                                status: "registered" | "in_progress" | "concluded" | "closed";
                            }[];
                            timeline: {
                                id: string;
                                at: string;
                                type: string;
                                title: string;
                                detail: string | null;
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                ruleId: string;
                                name: string;
                                fromDate: string;
                                dueDate: string | null;
                                customDueDate: string | null;
                                customReason: string | null;
                                effectiveDueDate: string | null;
                                provisional: boolean;
                                dueDateProvisional: boolean;
                                explanation: string;
                                basis: string;
                                /** @enum {string} */
                                status: "open" | "met" | "missed";
                                daysLeft: number | null;
                                overdue: boolean;
                            }[];
                            hearings: {
                                id: string;
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                headAppearance: "none" | "principal" | "deputy" | "in_charge";
                                headName: string | null;
                                spoke: boolean;
                            }[];
                            assignments?: {
                                id: string;
                                userId: string;
                                displayName: string;
                                /** @enum {string} */
                                purpose: "expert_review" | "discipline";
                                createdAt: string;
                            }[];
                            audit: {
                                at: string;
                                action: string;
                                actorName: string;
                                fields: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/assignable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可分配的专家或纪委监委联络员（仅姓名和地区） */
        get: {
            parameters: {
                query: {
                    purpose: "expert_review" | "discipline";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                displayName: string;
                                regionName: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政管理领域列表 */
        get: {
            parameters: {
                query?: {
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                sortOrder: number;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划（平铺列表与树） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "town";
                                parentCode: string | null;
                                path: string;
                            }[];
                            tree: unknown[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关列表（按地区及其下级、按类型筛选） */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    kind?: string;
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                shortName: string | null;
                                /** @enum {string} */
                                kind: "department" | "town" | "reconsideration_body" | "court" | "procuratorate" | "other";
                                regionCode: string;
                                regionName: string;
                                regionPath: string;
                                courtCode: string | null;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关负责人（正职、副职、分管负责人） */
        get: {
            parameters: {
                query?: {
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                agencyId: string;
                                name: string;
                                title: string;
                                /** @enum {string} */
                                headRole: "principal" | "deputy" | "in_charge";
                                active: boolean;
                                matters: string[];
                                phone: string | null;
                                phoneMasked: boolean;
                                userId: string | null;
                                userDisplayName: string | null;
                                version: number;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 添加机关负责人 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        title: string;
                        /** @enum {string} */
                        headRole: "principal" | "deputy" | "in_charge";
                        matters?: string[];
                        phone?: "" | (string | null);
                        /** Format: uuid */
                        userId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            agencyId: string;
                            name: string;
                            title: string;
                            /** @enum {string} */
                            headRole: "principal" | "deputy" | "in_charge";
                            active: boolean;
                            matters: string[];
                            phone: string | null;
                            phoneMasked: boolean;
                            userId: string | null;
                            userDisplayName: string | null;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency-heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 负责人名录（某地区及其下级各机关；不指定地区时为本人可维护的范围） */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                agencyId: string;
                                name: string;
                                title: string;
                                /** @enum {string} */
                                headRole: "principal" | "deputy" | "in_charge";
                                active: boolean;
                                matters: string[];
                                phone: string | null;
                                phoneMasked: boolean;
                                userId: string | null;
                                userDisplayName: string | null;
                                version: number;
                                updatedAt: string;
                                agencyName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency-heads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改机关负责人（带版本号） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        title?: string;
                        /** @enum {string} */
                        headRole?: "principal" | "deputy" | "in_charge";
                        matters?: string[];
                        phone?: "" | (string | null);
                        /** Format: uuid */
                        userId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            agencyId: string;
                            name: string;
                            title: string;
                            /** @enum {string} */
                            headRole: "principal" | "deputy" | "in_charge";
                            active: boolean;
                            matters: string[];
                            phone: string | null;
                            phoneMasked: boolean;
                            userId: string | null;
                            userDisplayName: string | null;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/agency-heads/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用机关负责人（离任） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            agencyId: string;
                            name: string;
                            title: string;
                            /** @enum {string} */
                            headRole: "principal" | "deputy" | "in_charge";
                            active: boolean;
                            matters: string[];
                            phone: string | null;
                            phoneMasked: boolean;
                            userId: string | null;
                            userDisplayName: string | null;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency-heads/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新启用机关负责人 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            agencyId: string;
                            name: string;
                            title: string;
                            /** @enum {string} */
                            headRole: "principal" | "deputy" | "in_charge";
                            active: boolean;
                            matters: string[];
                            phone: string | null;
                            phoneMasked: boolean;
                            userId: string | null;
                            userDisplayName: string | null;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件导入模板 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传并检查导入文件 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "reading" | "validated" | "invalid" | "applying" | "done" | "failed";
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            errorCount: number;
                            errors: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            changes: {
                                row: number;
                                caseNumber: string;
                                fields: {
                                    column: string;
                                    from: string | null;
                                    to: string | null;
                                }[];
                            }[];
                            message: string | null;
                            progress: {
                                /** @enum {string} */
                                phase: "reading" | "applying" | "done";
                                rowsRead: number;
                                rowsWritten: number;
                                rowsTotal: number | null;
                            };
                            createdAt: string;
                            finishedAt: string | null;
                            warningCount: number;
                            warnings: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            errorKinds: {
                                column: string;
                                kind: string;
                                count: number;
                            }[];
                            skippedRows: {
                                row: number;
                                text: string;
                                /** @enum {string} */
                                reason: "footer";
                            }[];
                            columns: {
                                index: number;
                                letter: string;
                                header: string;
                                /** @enum {string|null} */
                                field: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler" | null;
                                /** @enum {string} */
                                how: "header" | "synonym" | "mapping" | "ignored" | "unmapped";
                            }[];
                            unmappedColumns: {
                                index: number;
                                letter: string;
                                header: string;
                            }[];
                            appliedMapping: {
                                [key: string]: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler" | null;
                            } | null;
                            /** @enum {string|null} */
                            mappingSource: "request" | "remembered" | null;
                            mappableFields: {
                                /** @enum {string} */
                                key: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler";
                                header: string;
                            }[];
                            overview: {
                                newCases: {
                                    row: number;
                                    caseNumber: string;
                                    agencyId: string | null;
                                    agencyName: string | null;
                                    changed?: boolean;
                                }[];
                                knownCases: {
                                    row: number;
                                    caseNumber: string;
                                    agencyId: string | null;
                                    agencyName: string | null;
                                    changed?: boolean;
                                }[];
                                agencies: {
                                    agencyId: string | null;
                                    name: string;
                                    newCases: number;
                                    knownCases: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入任务与进度（检查结果、列对应、涉及机关与案件） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "reading" | "validated" | "invalid" | "applying" | "done" | "failed";
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            errorCount: number;
                            errors: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            changes: {
                                row: number;
                                caseNumber: string;
                                fields: {
                                    column: string;
                                    from: string | null;
                                    to: string | null;
                                }[];
                            }[];
                            message: string | null;
                            progress: {
                                /** @enum {string} */
                                phase: "reading" | "applying" | "done";
                                rowsRead: number;
                                rowsWritten: number;
                                rowsTotal: number | null;
                            };
                            createdAt: string;
                            finishedAt: string | null;
                            warningCount: number;
                            warnings: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            errorKinds: {
                                column: string;
                                kind: string;
                                count: number;
                            }[];
                            skippedRows: {
                                row: number;
                                text: string;
                                /** @enum {string} */
                                reason: "footer";
                            }[];
                            columns: {
                                index: number;
                                letter: string;
                                header: string;
                                /** @enum {string|null} */
                                field: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler" | null;
                                /** @enum {string} */
                                how: "header" | "synonym" | "mapping" | "ignored" | "unmapped";
                            }[];
                            unmappedColumns: {
                                index: number;
                                letter: string;
                                header: string;
                            }[];
                            appliedMapping: {
                                [key: string]: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler" | null;
                            } | null;
                            /** @enum {string|null} */
                            mappingSource: "request" | "remembered" | null;
                            mappableFields: {
                                /** @enum {string} */
                                key: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler";
                                header: string;
                            }[];
                            overview: {
                                newCases: {
                                    row: number;
                                    caseNumber: string;
                                    agencyId: string | null;
                                    agencyName: string | null;
                                    changed?: boolean;
                                }[];
                                knownCases: {
                                    row: number;
                                    caseNumber: string;
                                    agencyId: string | null;
                                    agencyName: string | null;
                                    changed?: boolean;
                                }[];
                                agencies: {
                                    agencyId: string | null;
                                    name: string;
                                    newCases: number;
                                    knownCases: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交导入 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "reading" | "validated" | "invalid" | "applying" | "done" | "failed";
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            errorCount: number;
                            errors: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            changes: {
                                row: number;
                                caseNumber: string;
                                fields: {
                                    column: string;
                                    from: string | null;
                                    to: string | null;
                                }[];
                            }[];
                            message: string | null;
                            progress: {
                                /** @enum {string} */
                                phase: "reading" | "applying" | "done";
                                rowsRead: number;
                                rowsWritten: number;
                                rowsTotal: number | null;
                            };
                            createdAt: string;
                            finishedAt: string | null;
                            warningCount: number;
                            warnings: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            errorKinds: {
                                column: string;
                                kind: string;
                                count: number;
                            }[];
                            skippedRows: {
                                row: number;
                                text: string;
                                /** @enum {string} */
                                reason: "footer";
                            }[];
                            columns: {
                                index: number;
                                letter: string;
                                header: string;
                                /** @enum {string|null} */
                                field: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler" | null;
                                /** @enum {string} */
                                how: "header" | "synonym" | "mapping" | "ignored" | "unmapped";
                            }[];
                            unmappedColumns: {
                                index: number;
                                letter: string;
                                header: string;
                            }[];
                            appliedMapping: {
                                [key: string]: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler" | null;
                            } | null;
                            /** @enum {string|null} */
                            mappingSource: "request" | "remembered" | null;
                            mappableFields: {
                                /** @enum {string} */
                                key: "caseNumber" | "kind" | "court" | "filedDate" | "complaintReceivedDate" | "answerDueDate" | "causeOfAction" | "contestedAct" | "domain" | "plaintiffs" | "defendants" | "thirdParties" | "instance" | "hearingHeld" | "outcomeDate" | "outcome" | "closingManner" | "appealed" | "notes" | "handler";
                                header: string;
                            }[];
                            overview: {
                                newCases: {
                                    row: number;
                                    caseNumber: string;
                                    agencyId: string | null;
                                    agencyName: string | null;
                                    changed?: boolean;
                                }[];
                                knownCases: {
                                    row: number;
                                    caseNumber: string;
                                    agencyId: string | null;
                                    agencyName: string | null;
                                    changed?: boolean;
                                }[];
                                agencies: {
                                    agencyId: string | null;
                                    name: string;
                                    newCases: number;
                                    knownCases: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出案件（与列表相同的筛选条件） */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    status?: string;
                    outcome?: string;
                    riskLevel?: string;
                    instance?: string;
                    regionCode?: string;
                    regionExact?: "true" | "false";
                    agencyId?: string;
                    courtAgencyId?: string;
                    domain?: string;
                    governmentLost?: "true" | "false";
                    year?: number;
                    q?: string;
                    includeDeleted?: "true" | "false";
                    dueBy?: string;
                    filedFrom?: string;
                    filedTo?: string;
                    concludedFrom?: string;
                    concludedTo?: string;
                    indicator?: string;
                    indicatorPart?: "numerator" | "denominator";
                    indicatorFrom?: string;
                    indicatorTo?: string;
                    indicatorVersion?: number;
                    exactTotal?: "true" | "false";
                    handler?: string;
                    sort?: "filedDate" | "receivedDate" | "caseNumber" | "updatedAt" | "nextDueDate";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/judgment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传裁判文书，识别裁判结果（待确认） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件文书列表 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载案件文书（原文件） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提示管理员和协调员：本年或（11月起）下一年的放假安排尚未录入，以及暂定期限的数量 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            show: boolean;
                            year: number | null;
                            provisionalDeadlines: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历已覆盖的年份及来源（内置国务院放假安排或管理员录入） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                year: number;
                                /** @enum {string} */
                                origin: "official" | "stored";
                                papers: string[];
                                note: string | null;
                                holidayCount: number;
                                makeupWorkdayCount: number;
                                overrideCount: number;
                                updatedAt: string | null;
                            }[];
                            uncoveredOverrideYears: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的放假日、调休上班日和人工调整及其原因 */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            covered: boolean;
                            /** @enum {string|null} */
                            origin: "official" | "stored" | null;
                            papers: string[];
                            note: string | null;
                            days: {
                                date: string;
                                workday: boolean;
                                /** @enum {string} */
                                kind: "weekday" | "weekend" | "holiday" | "makeup-workday" | "override";
                                reason: string;
                                name: string | null;
                                override: {
                                    workday: boolean;
                                    name: string;
                                    reason: string;
                                    createdAt: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某日是否工作日及原因（未覆盖的年份返回 422 CALENDAR_YEAR_NOT_COVERED） */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            workday: boolean;
                            /** @enum {string} */
                            kind: "weekday" | "weekend" | "holiday" | "makeup-workday" | "override";
                            reason: string;
                            name: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 录入或替换某年的放假安排（holiday-cn 格式），并重新计算受影响的未完成期限
         * @description Body: `{year?, papers: [gov.cn URLs], note?, days: [{name, date, isOffDay}]}` (holiday-cn). Every date must lie in the year, once. Replaces a bundled year too. Answers how many open deadlines moved.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year?: number;
                        /** @default [] */
                        papers?: string[];
                        note?: string | null;
                        days: {
                            name: string;
                            date: string;
                            isOffDay: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            days: number;
                            /** @enum {string|null} */
                            replaced: "official" | "stored" | null;
                            changedDeadlines: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整某日（放假或上班），并重新计算受影响的未完成期限 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        workday: boolean;
                        name: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            covered?: boolean;
                            changedDeadlines: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        /** 撤销某日的调整，并重新计算受影响的未完成期限 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            covered?: boolean;
                            changedDeadlines: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各项配置及其当前版本 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                version: number;
                                value: unknown;
                                reason: string | null;
                                createdByName: string | null;
                                createdAt: string | null;
                                label: string;
                                description: string;
                                /** @enum {string} */
                                form: "reminders" | "json";
                                defaults: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某项配置的当前值 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            version: number;
                            value: unknown;
                            reason: string | null;
                            createdByName: string | null;
                            createdAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        /** 保存某项配置的新版本（须说明原因；依据的版本已过时则 409） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 配置内容 */
                        value: unknown;
                        /** 修改原因 */
                        reason: string;
                        /** 所依据的版本 */
                        baseVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            version: number;
                            value: unknown;
                            reason: string | null;
                            createdByName: string | null;
                            createdAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/{kind}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某项配置的全部版本（最新在前，0 为系统默认） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                version: number;
                                value: unknown;
                                reason: string | null;
                                createdByName: string | null;
                                createdAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/{kind}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某项配置的某一历史版本 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            version: number;
                            value: unknown;
                            reason: string | null;
                            createdByName: string | null;
                            createdAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文书模板（当前版本、占位符、历史） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: string;
                                fields: {
                                    name: string;
                                    description: string;
                                }[];
                                version: number;
                                updatedByName: string | null;
                                updatedAt: string | null;
                                versions: {
                                    version: number;
                                    fileName: string;
                                    reason: string | null;
                                    sha256: string;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-templates/{key}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书模板（.docx，可在 Word/WPS 中修改） */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传本市的文书模板（新版本；占位符须为已知的） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            version: number;
                            fileName: string;
                            sha256: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents/assignment-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成应诉批办单 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            templateKey: string;
                            label: string;
                            fileName: string;
                            size: number;
                            sha256: string;
                            templateVersion: number;
                            createdByName: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件已生成的文书 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                templateKey: string;
                                label: string;
                                fileName: string;
                                size: number;
                                sha256: string;
                                templateVersion: number;
                                createdByName: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已生成的文书（.docx） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已生成文书的 PDF 预览（LibreOffice 转换） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后台任务：最近的任务及其状态、定时任务及下次执行时间 */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "running" | "done" | "failed";
                    name?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                key: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                attempts: number;
                                maxAttempts: number;
                                runAt: string;
                                createdAt: string;
                                startedAt: string | null;
                                finishedAt: string | null;
                                lockedBy: string | null;
                                lastError: string | null;
                            }[];
                            schedules: {
                                name: string;
                                spec: {
                                    [key: string]: unknown;
                                };
                                next: string | null;
                                period: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即执行到期的后台任务（可指定时刻 now；dryRun 只列出不执行） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        now?: string;
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            now: string;
                            dryRun: boolean;
                            due: number;
                            ran: number;
                            failed: number;
                            skipped: number;
                            jobs: {
                                id: string | null;
                                name: string;
                                key: string;
                                /** @enum {string} */
                                status: "done" | "retry" | "failed" | "due" | "skipped";
                                attempt: number;
                                runAt: string;
                                ms?: number;
                                error?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知（新的在前，分页）和未读数 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unreadOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "deadline_reminder" | "calendar_missing" | "general";
                                title: string;
                                body: string;
                                link: string | null;
                                readAt: string | null;
                                superseded: boolean;
                                createdAt: string;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                            marked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读（他人的通知返回 404） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                            marked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的接收方式：电子邮箱、企业微信账号、钉钉 userId（手机号由管理员维护，脱敏显示） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: email */
                            email: string | null;
                            wecomUserId: string | null;
                            dingtalkUserId: string | null;
                            phoneMasked: string | null;
                            channels: ("sms" | "wecom" | "dingtalk" | "email" | "log")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 修改我的接收方式（记入审计日志） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string | null;
                        wecomUserId: string | null;
                        dingtalkUserId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: email */
                            email: string | null;
                            wecomUserId: string | null;
                            dingtalkUserId: string | null;
                            phoneMasked: string | null;
                            channels: ("sms" | "wecom" | "dingtalk" | "email" | "log")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部渠道发送记录（排队中、已发送、失败、结果不明） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "queued" | "sent" | "failed" | "uncertain" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                messageId: string;
                                /** @enum {string} */
                                kind: "deadline_reminder" | "calendar_missing" | "general";
                                title: string;
                                link: string | null;
                                recipientName: string;
                                /** @enum {string} */
                                channel: "sms" | "wecom" | "dingtalk" | "email" | "log";
                                /** @enum {string} */
                                status: "queued" | "sent" | "failed" | "uncertain" | "cancelled";
                                attempts: number;
                                addressMasked: string | null;
                                lastError: string | null;
                                previousId: string | null;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                createdAt: string;
                                canResend: boolean;
                            }[];
                            total: number;
                            counts: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发一条结果不明或失败的发送（收件人可能收到两次） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据库备份：最近一次备份的时间和结果、最近的备份记录、备份目录中的文件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            automatic: boolean;
                            directory: string | null;
                            keep: number;
                            dailyAt: string;
                            lastRun: {
                                id: string;
                                /** @enum {string} */
                                reason: "daily" | "manual";
                                /** @enum {string} */
                                status: "running" | "ok" | "failed";
                                startedAt: string;
                                finishedAt: string | null;
                                file: string | null;
                                sizeBytes: number | null;
                                error: string | null;
                            } | null;
                            lastSuccess: {
                                id: string;
                                /** @enum {string} */
                                reason: "daily" | "manual";
                                /** @enum {string} */
                                status: "running" | "ok" | "failed";
                                startedAt: string;
                                finishedAt: string | null;
                                file: string | null;
                                sizeBytes: number | null;
                                error: string | null;
                            } | null;
                            runs: {
                                id: string;
                                /** @enum {string} */
                                reason: "daily" | "manual";
                                /** @enum {string} */
                                status: "running" | "ok" | "failed";
                                startedAt: string;
                                finishedAt: string | null;
                                file: string | null;
                                sizeBytes: number | null;
                                error: string | null;
                            }[];
                            files: {
                                name: string;
                                /** @enum {string} */
                                reason: "daily" | "manual" | "pre-migration";
                                at: string;
                                sizeBytes: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 立即备份内置数据库（PostgreSQL 由数据库管理员用 pg_dump 备份，返回 422） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            reason: "daily" | "manual";
                            /** @enum {string} */
                            status: "running" | "ok" | "failed";
                            startedAt: string;
                            finishedAt: string | null;
                            file: string | null;
                            sizeBytes: number | null;
                            error: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 庭审字段的可选值与中文名称 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kinds: {
                                value: string;
                                label: string;
                            }[];
                            modes: {
                                value: string;
                                label: string;
                            }[];
                            statuses: {
                                value: string;
                                label: string;
                            }[];
                            transitions: {
                                [key: string]: string[];
                            };
                            mustAppearReasons: {
                                value: string;
                                label: string;
                            }[];
                            appearanceRoles: {
                                value: string;
                                label: string;
                            }[];
                            absenceStatuses: {
                                value: string;
                                label: string;
                            }[];
                            absenceReasons: {
                                value: string;
                                label: string;
                                basis: string;
                                needsExplanation: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 负责人出庭应诉率、主要负责人出庭率、出声率、不出庭说明备案情况、司法建议风险、平均评价（按被告机关或县区）
         * @description Cases the caller sees with a hearing between `from` and `to` (China dates, inclusive); each rate carries the case ids of its numerator and denominator. `by` = agency (first defendant) or county.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    by?: "agency" | "county";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            /** @enum {string} */
                            by: "agency" | "county";
                            total: {
                                casesHeard: number;
                                appearance: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                                principal: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                                spoke: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                                approvedAbsences: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                                unapprovedAbsences: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                                judicialSuggestionRisk: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                                evaluation: {
                                    numerator: number;
                                    denominator: number;
                                    value: number | null;
                                    numeratorCaseIds: string[];
                                    denominatorCaseIds: string[];
                                };
                            };
                            groups: {
                                key: string;
                                name: string;
                                figures: {
                                    casesHeard: number;
                                    appearance: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                    principal: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                    spoke: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                    approvedAbsences: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                    unapprovedAbsences: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                    judicialSuggestionRisk: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                    evaluation: {
                                        numerator: number;
                                        denominator: number;
                                        value: number | null;
                                        numeratorCaseIds: string[];
                                        denominatorCaseIds: string[];
                                    };
                                };
                            }[];
                            cases: {
                                id: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 即将开庭的庭审（本人可见的案件）
         * @description From `from` (default now) for `days` (default 30, at most 366); `status` a comma list (default scheduled); soonest first, at most `limit` (default 200).
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    days?: number;
                    status?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                                /** @enum {string} */
                                mode: "in_person" | "online";
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "postponed" | "cancelled" | "held";
                                mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                                notes: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                appearances: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "head" | "staff" | "lawyer";
                                    headId: string | null;
                                    name: string;
                                    title: string | null;
                                    /** @enum {string|null} */
                                    headRole: "principal" | "deputy" | "in_charge" | null;
                                    agencyId: string | null;
                                    designated: boolean;
                                    appeared: boolean;
                                    spoke: boolean;
                                    identityProofFiled: boolean;
                                }[];
                                absences: {
                                    id: string;
                                    hearingId: string;
                                    headId: string;
                                    headName: string | null;
                                    reasonCode: string;
                                    reasonText: string | null;
                                    deputyName: string;
                                    deputyTitle: string | null;
                                    deputyHeadId: string | null;
                                    /** @enum {string} */
                                    status: "filed" | "approved" | "rejected";
                                    filedAt: string;
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    version: number;
                                }[];
                                assessment: {
                                    counts: boolean;
                                    headAppeared: boolean;
                                    principalAppeared: boolean;
                                    headSpoke: boolean;
                                    staffAppeared: boolean;
                                    /** @enum {string} */
                                    absence: "none" | "approved" | "unapproved";
                                    noHeadOrStaff: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                    }[];
                                };
                                mustAppear: {
                                    required: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                        basis: string;
                                    }[];
                                };
                                evaluations: {
                                    headId: string;
                                    prepared: number;
                                    spokeOnMerits: number;
                                    respectedCourt: number;
                                    comment: string | null;
                                    evaluatedAt: string;
                                    version: number;
                                }[];
                                confirmations: {
                                    headId: string;
                                    headName: string | null;
                                    confirmedAt: string;
                                    scheduledAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的开庭：本人（负责人）被指派或所在机关为被告的今日起庭审
         * @description The caller's head in the heads list (null when the account is linked to none) and the scheduled or postponed hearings from today (China) for 90 days where the head is designated or their agency defends.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            head: {
                                id: string;
                                name: string;
                                title: string;
                                /** @enum {string} */
                                headRole: "principal" | "deputy" | "in_charge";
                                agencyId: string;
                            } | null;
                            items: {
                                id: string;
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                                /** @enum {string} */
                                mode: "in_person" | "online";
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "postponed" | "cancelled" | "held";
                                mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                                notes: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                appearances: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "head" | "staff" | "lawyer";
                                    headId: string | null;
                                    name: string;
                                    title: string | null;
                                    /** @enum {string|null} */
                                    headRole: "principal" | "deputy" | "in_charge" | null;
                                    agencyId: string | null;
                                    designated: boolean;
                                    appeared: boolean;
                                    spoke: boolean;
                                    identityProofFiled: boolean;
                                }[];
                                absences: {
                                    id: string;
                                    hearingId: string;
                                    headId: string;
                                    headName: string | null;
                                    reasonCode: string;
                                    reasonText: string | null;
                                    deputyName: string;
                                    deputyTitle: string | null;
                                    deputyHeadId: string | null;
                                    /** @enum {string} */
                                    status: "filed" | "approved" | "rejected";
                                    filedAt: string;
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    version: number;
                                }[];
                                assessment: {
                                    counts: boolean;
                                    headAppeared: boolean;
                                    principalAppeared: boolean;
                                    headSpoke: boolean;
                                    staffAppeared: boolean;
                                    /** @enum {string} */
                                    absence: "none" | "approved" | "unapproved";
                                    noHeadOrStaff: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                    }[];
                                };
                                mustAppear: {
                                    required: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                        basis: string;
                                    }[];
                                };
                                evaluations: {
                                    headId: string;
                                    prepared: number;
                                    spokeOnMerits: number;
                                    respectedCourt: number;
                                    comment: string | null;
                                    evaluatedAt: string;
                                    version: number;
                                }[];
                                confirmations: {
                                    headId: string;
                                    headName: string | null;
                                    confirmedAt: string;
                                    scheduledAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 负责人确认出庭（须带庭审版本号；改期后须重新确认） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{id}/my-absence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 负责人本人提交不出庭说明（法定事由、改派人员），由协调员备案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 不出庭事由
                         * @enum {string}
                         */
                        reasonCode: "force_majeure" | "accident" | "official_duty" | "other_good_cause";
                        /** 事由说明 */
                        reasonText?: string;
                        /** 改派出庭人员 */
                        deputyName: string;
                        /** 改派人员职务 */
                        deputyTitle?: string;
                        /**
                         * 改派的负责人
                         * Format: uuid
                         */
                        deputyHeadId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的庭审（出庭人员、不出庭说明）及本审级负责人出庭应诉的认定 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                caseNumber: string | null;
                                /** @enum {string} */
                                kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                                /** @enum {string} */
                                mode: "in_person" | "online";
                                scheduledAt: string;
                                courtroom: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "postponed" | "cancelled" | "held";
                                mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                                notes: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                appearances: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "head" | "staff" | "lawyer";
                                    headId: string | null;
                                    name: string;
                                    title: string | null;
                                    /** @enum {string|null} */
                                    headRole: "principal" | "deputy" | "in_charge" | null;
                                    agencyId: string | null;
                                    designated: boolean;
                                    appeared: boolean;
                                    spoke: boolean;
                                    identityProofFiled: boolean;
                                }[];
                                absences: {
                                    id: string;
                                    hearingId: string;
                                    headId: string;
                                    headName: string | null;
                                    reasonCode: string;
                                    reasonText: string | null;
                                    deputyName: string;
                                    deputyTitle: string | null;
                                    deputyHeadId: string | null;
                                    /** @enum {string} */
                                    status: "filed" | "approved" | "rejected";
                                    filedAt: string;
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    version: number;
                                }[];
                                assessment: {
                                    counts: boolean;
                                    headAppeared: boolean;
                                    principalAppeared: boolean;
                                    headSpoke: boolean;
                                    staffAppeared: boolean;
                                    /** @enum {string} */
                                    absence: "none" | "approved" | "unapproved";
                                    noHeadOrStaff: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                    }[];
                                };
                                mustAppear: {
                                    required: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                        basis: string;
                                    }[];
                                };
                                evaluations: {
                                    headId: string;
                                    prepared: number;
                                    spokeOnMerits: number;
                                    respectedCourt: number;
                                    comment: string | null;
                                    evaluatedAt: string;
                                    version: number;
                                }[];
                                confirmations: {
                                    headId: string;
                                    headName: string | null;
                                    confirmedAt: string;
                                    scheduledAt: string;
                                }[];
                            }[];
                            instance: {
                                heard: boolean;
                                pending: boolean;
                                valid: boolean;
                                principalAppeared: boolean;
                                spoke: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                judicialSuggestionRisk: boolean;
                                validHearingIds: string[];
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                                mustAppear: {
                                    required: boolean;
                                    reasons: {
                                        code: string;
                                        text: string;
                                        rule: string;
                                        hearingId?: string;
                                        basis: string;
                                    }[];
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 录入庭审 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 庭审类型
                         * @default trial
                         * @enum {string}
                         */
                        kind?: "trial" | "inquiry" | "mediation" | "pronouncement";
                        /**
                         * 开庭方式
                         * @default in_person
                         * @enum {string}
                         */
                        mode?: "in_person" | "online";
                        /**
                         * 开庭时间
                         * Format: date-time
                         */
                        scheduledAt: string;
                        /** 法庭 */
                        courtroom?: string | null;
                        /**
                         * 应当出庭的情形
                         * @default []
                         */
                        mustAppearReasons?: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                        /** 备注 */
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 庭审详情（含状态变更记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改庭审（须带版本号；过期版本返回 409） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 庭审类型
                         * @enum {string}
                         */
                        kind?: "trial" | "inquiry" | "mediation" | "pronouncement";
                        /**
                         * 开庭方式
                         * @enum {string}
                         */
                        mode?: "in_person" | "online";
                        /**
                         * 开庭时间
                         * Format: date-time
                         */
                        scheduledAt?: string;
                        /** 法庭 */
                        courtroom?: string | null;
                        /** 应当出庭的情形 */
                        mustAppearReasons?: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                        /** 备注 */
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/hearings/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更庭审状态（延期、取消、已开庭、重新排期），须说明原因 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 庭审状态
                         * @enum {string}
                         */
                        status: "scheduled" | "postponed" | "cancelled" | "held";
                        /** 变更原因 */
                        reason: string;
                        /**
                         * 新的开庭时间
                         * Format: date-time
                         */
                        scheduledAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{id}/appearances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 出庭人员：指派与实际出庭（负责人、应诉工作人员、律师）、是否出声、身份证明（须带版本号） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /** 出庭人员列表 */
                        items: {
                            /**
                             * 出庭身份
                             * @enum {string}
                             */
                            role: "head" | "staff" | "lawyer";
                            /**
                             * 负责人
                             * Format: uuid
                             */
                            headId?: string;
                            /** 姓名 */
                            name?: string;
                            /** 职务（律师事务所） */
                            title?: string;
                            /**
                             * 是否指派
                             * @default false
                             */
                            designated?: boolean;
                            /**
                             * 是否出庭
                             * @default false
                             */
                            appeared?: boolean;
                            /**
                             * 是否出声
                             * @default false
                             */
                            spoke?: boolean;
                            /**
                             * 是否提交身份证明
                             * @default false
                             */
                            identityProofFiled?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交负责人不出庭说明（法定事由、改派人员），庭审前由协调员备案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 不出庭的负责人
                         * Format: uuid
                         */
                        headId: string;
                        /**
                         * 不出庭事由
                         * @enum {string}
                         */
                        reasonCode: "force_majeure" | "accident" | "official_duty" | "other_good_cause";
                        /** 事由说明 */
                        reasonText?: string;
                        /** 改派出庭人员 */
                        deputyName: string;
                        /** 改派人员职务 */
                        deputyTitle?: string;
                        /**
                         * 改派的负责人
                         * Format: uuid
                         */
                        deputyHeadId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearing-absences/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待备案的不出庭说明（本人范围内的案件，开庭时间早的在前；已过开庭时间的标为 late） */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                                caseId: string;
                                caseNumber: string | null;
                                hearingScheduledAt: string;
                                /** @enum {string} */
                                hearingStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                late: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearing-absences/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不出庭说明：备案或退回（须带版本号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 备案结果
                         * @enum {string}
                         */
                        decision: "approved" | "rejected";
                        /** 备案意见 */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{id}/evaluations/{headId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 法院评价负责人出庭情况（庭前准备、实质性发言、尊重法庭，各1–5分，及评价意见） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    headId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 庭前准备 */
                        prepared: number;
                        /** 实质性发言 */
                        spokeOnMerits: number;
                        /** 尊重法庭 */
                        respectedCourt: number;
                        /** 评价意见 */
                        comment?: string;
                        /** 版本号 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            /** @enum {string} */
                            kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                            /** @enum {string} */
                            mode: "in_person" | "online";
                            scheduledAt: string;
                            courtroom: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "postponed" | "cancelled" | "held";
                            mustAppearReasons: ("major_public_interest" | "high_concern" | "mass_incident" | "court_request")[];
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            appearances: {
                                id: string;
                                /** @enum {string} */
                                role: "head" | "staff" | "lawyer";
                                headId: string | null;
                                name: string;
                                title: string | null;
                                /** @enum {string|null} */
                                headRole: "principal" | "deputy" | "in_charge" | null;
                                agencyId: string | null;
                                designated: boolean;
                                appeared: boolean;
                                spoke: boolean;
                                identityProofFiled: boolean;
                            }[];
                            absences: {
                                id: string;
                                hearingId: string;
                                headId: string;
                                headName: string | null;
                                reasonCode: string;
                                reasonText: string | null;
                                deputyName: string;
                                deputyTitle: string | null;
                                deputyHeadId: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected";
                                filedAt: string;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            assessment: {
                                counts: boolean;
                                headAppeared: boolean;
                                principalAppeared: boolean;
                                headSpoke: boolean;
                                staffAppeared: boolean;
                                /** @enum {string} */
                                absence: "none" | "approved" | "unapproved";
                                noHeadOrStaff: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                }[];
                            };
                            mustAppear: {
                                required: boolean;
                                reasons: {
                                    code: string;
                                    text: string;
                                    rule: string;
                                    hearingId?: string;
                                    basis: string;
                                }[];
                            };
                            evaluations: {
                                headId: string;
                                prepared: number;
                                spokeOnMerits: number;
                                respectedCourt: number;
                                comment: string | null;
                                evaluatedAt: string;
                                version: number;
                            }[];
                            confirmations: {
                                headId: string;
                                headName: string | null;
                                confirmedAt: string;
                                scheduledAt: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                /** @enum {string|null} */
                                fromStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                                /** @enum {string} */
                                toStatus: "scheduled" | "postponed" | "cancelled" | "held";
                                fromScheduledAt: string | null;
                                toScheduledAt: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/court-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入法院开庭排期表（先检查，dryRun=false 时提交） */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "checked" | "invalid" | "done";
                            fileName: string;
                            rows: number;
                            counts: {
                                create: number;
                                reschedule: number;
                                update: number;
                                unchanged: number;
                            };
                            items: {
                                row: number;
                                /** @enum {string} */
                                action: "create" | "reschedule" | "update" | "unchanged";
                                caseId: string;
                                caseNumber: string;
                                /** @enum {string} */
                                kind: "trial" | "inquiry" | "mediation" | "pronouncement";
                                /** @enum {string|null} */
                                mode: "in_person" | "online" | null;
                                courtroom: string | null;
                                scheduledAt: string;
                                hearingId: string | null;
                                previousScheduledAt: string | null;
                                /** @enum {string|null} */
                                previousStatus: "scheduled" | "postponed" | "cancelled" | "held" | null;
                            }[];
                            errorCount: number;
                            errors: {
                                row: number;
                                column: string;
                                message: string;
                            }[];
                            errorKinds: {
                                column: string;
                                kind: string;
                                count: number;
                            }[];
                            skippedRows: {
                                row: number;
                                text: string;
                                /** @enum {string} */
                                reason: "footer";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/feed/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 庭审日历订阅（iCalendar，{token}.ics；令牌即凭据） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/feed-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的庭审日历订阅状态 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            path?: string;
                            createdAt: string | null;
                            lastUsedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 生成（或重新生成）我的庭审日历订阅地址 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            path?: string;
                            createdAt: string | null;
                            lastUsedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        /** 停用我的庭审日历订阅地址 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            path?: string;
                            createdAt: string | null;
                            lastUsedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/preparation-kit/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成应诉材料包中的一份（答辩状、证据目录、授权委托书、负责人身份证明书、应诉批办单） */
        post: {
            parameters: {
                query?: {
                    hearingId?: string;
                };
                header?: never;
                path: {
                    id: string;
                    item: "defence-statement" | "evidence-list" | "power-of-attorney" | "head-identity" | "assignment-form";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            templateKey: string;
                            label: string;
                            fileName: string;
                            size: number;
                            sha256: string;
                            templateVersion: number;
                            createdByName: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/preparation-kit.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成整套应诉材料包（.zip，五份 Word 文书） */
        post: {
            parameters: {
                query?: {
                    hearingId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/after-judgment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 判决后：送达日期、上诉期限、上诉决定与审批、履行任务 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/judgment-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记判决书（裁定书）送达日期；上诉期限自送达之日起算 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 送达日期 */
                        servedDate: string;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/appeal-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拟定是否上诉的决定及理由（报负责人审批） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 是否上诉 */
                        appeal: boolean;
                        /** 理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeal-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改待审批的上诉决定 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 是否上诉 */
                        appeal: boolean;
                        /** 理由 */
                        reason: string;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/appeal-decisions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批上诉决定：批准或退回（被告机关负责人或协调员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 审批结果
                         * @enum {string}
                         */
                        decision: "approved" | "rejected";
                        /** 审批意见 */
                        note?: string | null;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-tasks/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传履行证明材料（PDF、图片或 Word） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 履行完毕（须已上传履行证明材料） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 履行情况 */
                        note: string;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseVersion: number;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            outcomeDate: string | null;
                            governmentLost: boolean | null;
                            appealed: boolean | null;
                            servedDate: string | null;
                            appealWindow: {
                                id: string;
                                ruleId: string;
                                fromDate: string;
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            decisions: {
                                id: string;
                                appeal: boolean;
                                reason: string;
                                /** @enum {string} */
                                status: "drafted" | "approved" | "rejected";
                                draftedByName: string;
                                createdAt: string;
                                decidedByName: string | null;
                                decidedAs: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                version: number;
                            }[];
                            canApprove: boolean;
                            compliance: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "completed" | "cancelled";
                                fromDate: string;
                                days: number;
                                deadline: {
                                    id: string;
                                    ruleId: string;
                                    fromDate: string;
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                completionNote: string | null;
                                completedByName: string | null;
                                completedAt: string | null;
                                cancelReason: string | null;
                                version: number;
                                evidence: {
                                    id: string;
                                    templateKey: string;
                                    label: string;
                                    fileName: string;
                                    size: number;
                                    sha256: string;
                                    templateVersion: number;
                                    createdByName: string;
                                    createdAt: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险等级、状态、操作、化解结果的可选值与中文名称 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            levels: {
                                value: string;
                                label: string;
                            }[];
                            states: {
                                value: string;
                                label: string;
                            }[];
                            actions: {
                                value: string;
                                label: string;
                            }[];
                            outcomes: {
                                value: string;
                                label: string;
                            }[];
                            levelSources: {
                                value: string;
                                label: string;
                            }[];
                            transitions: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 风险预警与化解：本人可见案件的风险事项（逾期在前，红色在前，预警早的在前）
         * @description `level`, `state` comma lists; closed items only with `includeClosed=true` or `state=closed`.
         */
        get: {
            parameters: {
                query?: {
                    level?: string;
                    state?: string;
                    includeClosed?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                /** @enum {string} */
                                level: "green" | "yellow" | "red";
                                levelLabel: string;
                                /** @enum {string} */
                                levelSource: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                /** @enum {string} */
                                screenedLevel: "green" | "yellow" | "red";
                                overrideReason: string | null;
                                rulesVersion: number;
                                /** @enum {string} */
                                state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                                stateLabel: string;
                                allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                                warnedOn: string;
                                lead: {
                                    headId: string | null;
                                    userId: string | null;
                                    name: string;
                                    title: string | null;
                                    assignedAt: string;
                                } | null;
                                leadDeadline: {
                                    dueDate: string | null;
                                    status: string;
                                    overdue: boolean;
                                    explanation: string;
                                } | null;
                                taskForce: string[];
                                planDueDate: string | null;
                                overdue: boolean;
                                /** @enum {string|null} */
                                outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                                closeSummary: string | null;
                                closedAt: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险事项详情：等级及理由、等级历史、包案领导、一案一策及进展、关联案件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}/level": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 协调员调整风险等级（须说明理由；筛查结论变化前有效） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 风险等级
                         * @enum {string}
                         */
                        level: "green" | "yellow" | "red";
                        /** 调整理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 明确（更换）包案领导及化解专班（负责人名录中有登录账号的人员） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 包案领导
                         * Format: uuid
                         */
                        headId: string;
                        /**
                         * 化解专班
                         * @default []
                         */
                        taskForce?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 制定（修改）一案一策：化解目标、措施、责任人、起止日期 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /** 化解目标 */
                        goal: string;
                        /** 化解措施 */
                        measures: string;
                        /** 责任人 */
                        responsible: string;
                        /**
                         * 开始日期
                         * Format: date
                         */
                        startDate: string;
                        /**
                         * 化解期限
                         * Format: date
                         */
                        dueDate: string;
                        /** 方案版本号 */
                        planVersion?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}/plan/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录化解进展 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 进展日期
                         * Format: date
                         */
                        onDate: string;
                        /** 进展情况 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 销号：化解结果及说明 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 化解结果
                         * @enum {string}
                         */
                        outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other";
                        /** 销号说明 */
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-items/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新启动已销号的风险事项（上诉、争议再起） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /** 重新启动理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            caseNumber: string | null;
                            causeOfAction: string | null;
                            /** @enum {string} */
                            level: "green" | "yellow" | "red";
                            levelLabel: string;
                            /** @enum {string} */
                            levelSource: "screening" | "monthly" | "override";
                            reasons: {
                                code: string;
                                /** @enum {string} */
                                level: "yellow" | "red";
                                text: string;
                            }[];
                            /** @enum {string} */
                            screenedLevel: "green" | "yellow" | "red";
                            overrideReason: string | null;
                            rulesVersion: number;
                            /** @enum {string} */
                            state: "warning" | "lead_assigned" | "planned" | "supervised" | "closed";
                            stateLabel: string;
                            allowedActions: ("assign_lead" | "plan" | "record_progress" | "supervise" | "lift_supervision" | "close" | "reopen")[];
                            warnedOn: string;
                            lead: {
                                headId: string | null;
                                userId: string | null;
                                name: string;
                                title: string | null;
                                assignedAt: string;
                            } | null;
                            leadDeadline: {
                                dueDate: string | null;
                                status: string;
                                overdue: boolean;
                                explanation: string;
                            } | null;
                            taskForce: string[];
                            planDueDate: string | null;
                            overdue: boolean;
                            /** @enum {string|null} */
                            outcome: "withdrawn_after_settlement" | "mediated" | "judgment" | "other" | null;
                            closeSummary: string | null;
                            closedAt: string | null;
                            version: number;
                            plan: {
                                goal: string;
                                measures: string;
                                responsible: string;
                                startDate: string;
                                dueDate: string;
                                version: number;
                                updatedAt: string;
                            } | null;
                            progress: {
                                id: string;
                                onDate: string;
                                note: string;
                                byName: string | null;
                                at: string;
                            }[];
                            history: {
                                /** @enum {string|null} */
                                fromLevel: "green" | "yellow" | "red" | null;
                                /** @enum {string} */
                                toLevel: "green" | "yellow" | "red";
                                /** @enum {string} */
                                source: "screening" | "monthly" | "override";
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "yellow" | "red";
                                    text: string;
                                }[];
                                rulesVersion: number;
                                reason: string | null;
                                byName: string | null;
                                at: string;
                            }[];
                            related: {
                                caseId: string;
                                caseNumber: string | null;
                                relations: {
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 指标：新收、审结、败诉率等（含同比、环比、分组、口径版本、可点开的案件清单）
         * @description Every figure of the definition set over `from`–`to` (China dates, inclusive) in the caller’s scope (city, county or agency by role; `region` narrows it), with 同比 and 环比; `by` breaks each figure down per unit; `definition` picks a settings version of the set. `value` unrounded, `display` as the screen shows it.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    region?: string;
                    by?: "region" | "agency" | "domain" | "cause" | "kind" | "instance" | "month" | "quarter" | "outcome";
                    definition?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            definition: {
                                id: string;
                                name: string;
                                version: number | null;
                            };
                            period: {
                                from: string;
                                to: string;
                                kind: string;
                                label: string;
                            };
                            scope: {
                                regionCode: string | null;
                                regionName: string | null;
                                agencyId: string | null;
                            };
                            by: string | null;
                            figures: {
                                id: string;
                                label: string;
                                kind: string;
                                definition: {
                                    id: string;
                                    version: number | null;
                                };
                                numerator: number;
                                denominator: number | null;
                                value: number | null;
                                display: string;
                                yearOnYear: {
                                    from: string;
                                    to: string;
                                    numerator: number;
                                    denominator: number | null;
                                    value: number | null;
                                    display: string;
                                    change: number | null;
                                    changeDisplay: string;
                                };
                                periodOnPeriod: {
                                    from: string;
                                    to: string;
                                    numerator: number;
                                    denominator: number | null;
                                    value: number | null;
                                    display: string;
                                    change: number | null;
                                    changeDisplay: string;
                                };
                                units?: {
                                    key: string;
                                    label: string;
                                    numerator: number;
                                    denominator: number | null;
                                    value: number | null;
                                    display: string;
                                }[];
                                cases: {
                                    numerator: string;
                                    denominator: string | null;
                                };
                            }[];
                            unavailable: {
                                id: string;
                                label: string;
                                reason: string;
                            }[];
                            breakdown: {
                                key: string;
                                label: string;
                                count: number;
                                share: number | null;
                                display: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 排名：各县区或机关的比率（口径版本、最低案件数、威尔逊区间）
         * @description The units of `level` (counties, or agencies under the definition’s co-defendant rule) in the caller’s scope, ranked by the rate `indicator` over `from`–`to`; a unit with fewer cases in the denominator than the minimum (settings kind `rankings`) is listed but not ranked; the 95% Wilson interval beside every rate. Counts equal those of GET /indicators/figures?by=region|agency.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    level: "county" | "agency";
                    indicator?: string;
                    region?: string;
                    definition?: number;
                    minCases?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            definition: {
                                id: string;
                                name: string;
                                version: number | null;
                            };
                            indicator: {
                                id: string;
                                label: string;
                                kind: string;
                            };
                            period: {
                                from: string;
                                to: string;
                                kind: string;
                                label: string;
                            };
                            /** @enum {string} */
                            level: "county" | "agency";
                            minCases: number;
                            settingsVersion: number | null;
                            units: {
                                unitId: string;
                                label: string;
                                numerator: number;
                                denominator: number;
                                value: number | null;
                                display: string;
                                interval: {
                                    low: number;
                                    high: number;
                                    display: string;
                                } | null;
                                rank: number | null;
                                tiedWith: string[];
                                note: {
                                    /** @enum {string} */
                                    code: "RANKED" | "TIED" | "BELOW_MINIMUM" | "NO_CASES";
                                    text: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出现行指标口径（JSON，含版本号） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            version: number;
                            definitions: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        /** 导入指标口径（保存为新版本；逐项校验，错误指明字段） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 指标口径 */
                        set: unknown;
                        /** 修改原因 */
                        reason: string;
                        /** 基础版本号 */
                        baseVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            version: number;
                            definitions: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的指标（本级或 region 所指地区，最新在前） */
        get: {
            parameters: {
                query?: {
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                version: number;
                                from: string;
                                to: string;
                                regionCode: string | null;
                                definition: {
                                    id: string;
                                    version: number;
                                };
                                createdAt: string;
                                createdBy: string | null;
                                figures: {
                                    id: string;
                                    label: string;
                                    numerator: number;
                                    denominator: number | null;
                                    value: number | null;
                                    display: string;
                                }[];
                                changed: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 发布指标（保存当时的数值及其背后的案件；再次发布为新版本并列出差异）
         * @description Keeps the figures of `from`–`to` in the caller’s scope (or `region` below it) with the definition version (default in force) and the case ids behind each numerator and denominator. Later data corrections do not change it; publishing the same period, scope and set again is the next version with `differences`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 起始日期 */
                        from: string;
                        /** 截止日期 */
                        to: string;
                        /** 地区 */
                        region?: string;
                        /** 指标口径版本 */
                        definition?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                            from: string;
                            to: string;
                            regionCode: string | null;
                            definition: {
                                id: string;
                                version: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            figures: {
                                id: string;
                                label: string;
                                numerator: number;
                                denominator: number | null;
                                value: number | null;
                                display: string;
                                numeratorCaseIds: string[];
                                denominatorCaseIds: string[];
                            }[];
                            differences: {
                                id: string;
                                label: string;
                                before: {
                                    numerator: number;
                                    denominator: number | null;
                                    display: string;
                                } | null;
                                after: {
                                    numerator: number;
                                    denominator: number | null;
                                    display: string;
                                } | null;
                                numeratorAdded: string[];
                                numeratorRemoved: string[];
                                denominatorAdded: string[];
                                denominatorRemoved: string[];
                            }[] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/snapshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次发布的指标及其案件清单、与上一版的差异 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                            from: string;
                            to: string;
                            regionCode: string | null;
                            definition: {
                                id: string;
                                version: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            figures: {
                                id: string;
                                label: string;
                                numerator: number;
                                denominator: number | null;
                                value: number | null;
                                display: string;
                                numeratorCaseIds: string[];
                                denominatorCaseIds: string[];
                            }[];
                            differences: {
                                id: string;
                                label: string;
                                before: {
                                    numerator: number;
                                    denominator: number | null;
                                    display: string;
                                } | null;
                                after: {
                                    numerator: number;
                                    denominator: number | null;
                                    display: string;
                                } | null;
                                numeratorAdded: string[];
                                numeratorRemoved: string[];
                                denominatorAdded: string[];
                                denominatorRemoved: string[];
                            }[] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报（月度新收案件通报、季度指标通报） */
        get: {
            parameters: {
                query?: {
                    kind?: "monthly" | "quarterly";
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "monthly" | "quarterly";
                                kindLabel: string;
                                period: {
                                    key: string;
                                    from: string;
                                    to: string;
                                    label: string;
                                };
                                region: {
                                    code: string;
                                    name: string;
                                };
                                edition: number;
                                /** @enum {string} */
                                status: "draft" | "issued";
                                statusLabel: string;
                                title: string;
                                documentNumber: string;
                                createdByName: string;
                                createdAt: string;
                                issuedByName: string | null;
                                issuedAt: string | null;
                                version: number;
                                docx: string;
                                xlsx: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 起草通报（已有草稿则按当前数据重算；已印发则生成更正版） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 类型
                         * @enum {string}
                         */
                        kind: "monthly" | "quarterly";
                        /** 年份 */
                        year: number;
                        /** 月份 */
                        month?: number;
                        /** 季度 */
                        quarter?: number;
                        /** 地区 */
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "monthly" | "quarterly";
                            kindLabel: string;
                            period: {
                                key: string;
                                from: string;
                                to: string;
                                label: string;
                            };
                            region: {
                                code: string;
                                name: string;
                            };
                            edition: number;
                            /** @enum {string} */
                            status: "draft" | "issued";
                            statusLabel: string;
                            title: string;
                            documentNumber: string;
                            createdByName: string;
                            createdAt: string;
                            issuedByName: string | null;
                            issuedAt: string | null;
                            version: number;
                            docx: string;
                            xlsx: string;
                            previousId: string | null;
                            differences: {
                                key: string;
                                label: string;
                                before: string | null;
                                after: string | null;
                            }[] | null;
                            definition: {
                                id: string;
                                name: string;
                                version: number | null;
                            };
                            rankings: {
                                minCases: number;
                                version: number;
                            } | null;
                            paragraphs: string[];
                            tables: {
                                id: string;
                                title: string;
                                columns: string[];
                                rows: {
                                    key: string;
                                    cells: string[];
                                }[];
                                note?: string;
                            }[];
                            notes: string[];
                            asOf: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份通报及其数据（预览） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "monthly" | "quarterly";
                            kindLabel: string;
                            period: {
                                key: string;
                                from: string;
                                to: string;
                                label: string;
                            };
                            region: {
                                code: string;
                                name: string;
                            };
                            edition: number;
                            /** @enum {string} */
                            status: "draft" | "issued";
                            statusLabel: string;
                            title: string;
                            documentNumber: string;
                            createdByName: string;
                            createdAt: string;
                            issuedByName: string | null;
                            issuedAt: string | null;
                            version: number;
                            docx: string;
                            xlsx: string;
                            previousId: string | null;
                            differences: {
                                key: string;
                                label: string;
                                before: string | null;
                                after: string | null;
                            }[] | null;
                            definition: {
                                id: string;
                                name: string;
                                version: number | null;
                            };
                            rankings: {
                                minCases: number;
                                version: number;
                            } | null;
                            paragraphs: string[];
                            tables: {
                                id: string;
                                title: string;
                                columns: string[];
                                rows: {
                                    key: string;
                                    cells: string[];
                                }[];
                                note?: string;
                            }[];
                            notes: string[];
                            asOf: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报（Word，公文格式） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报数据（Excel） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 印发通报（按所见版本；印发后数据不再改变） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "monthly" | "quarterly";
                            kindLabel: string;
                            period: {
                                key: string;
                                from: string;
                                to: string;
                                label: string;
                            };
                            region: {
                                code: string;
                                name: string;
                            };
                            edition: number;
                            /** @enum {string} */
                            status: "draft" | "issued";
                            statusLabel: string;
                            title: string;
                            documentNumber: string;
                            createdByName: string;
                            createdAt: string;
                            issuedByName: string | null;
                            issuedAt: string | null;
                            version: number;
                            docx: string;
                            xlsx: string;
                            previousId: string | null;
                            differences: {
                                key: string;
                                label: string;
                                before: string | null;
                                after: string | null;
                            }[] | null;
                            definition: {
                                id: string;
                                name: string;
                                version: number | null;
                            };
                            rankings: {
                                minCases: number;
                                version: number;
                            } | null;
                            paragraphs: string[];
                            tables: {
                                id: string;
                                title: string;
                                columns: string[];
                                rows: {
                                    key: string;
                                    cells: string[];
                                }[];
                                note?: string;
                            }[];
                            notes: string[];
                            asOf: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建议列表（司法、检察、复议、执法监督建议） */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                    kind?: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                    agencyId?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                                kindLabel: string;
                                issuer: string;
                                docNumber: string | null;
                                title: string;
                                summary: string | null;
                                receivedOn: string;
                                statedDue: string | null;
                                due: string | null;
                                dueFrom: string;
                                dueBasis: string;
                                agencyId: string;
                                agencyName: string;
                                caseId: string | null;
                                /** @enum {string} */
                                status: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                                daysLeft: number | null;
                                repliedOn: string | null;
                                replySummary: string | null;
                                repliedByName: string | null;
                                version: number;
                                canAnswer: boolean;
                                canManage: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记收到的建议（自动计算答复期限） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 建议类型
                         * @enum {string}
                         */
                        kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                        /** 发出机关 */
                        issuer: string;
                        /** 文号 */
                        docNumber?: string | null;
                        /** 标题 */
                        title: string;
                        /** 主要内容 */
                        summary?: string | null;
                        /**
                         * 收到日期
                         * Format: date
                         */
                        receivedOn: string;
                        /**
                         * 建议书所定答复期限
                         * Format: date
                         */
                        statedDue?: string | null;
                        /** 承办机关 */
                        agencyId: string;
                        /** 关联案件 */
                        caseId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                            kindLabel: string;
                            issuer: string;
                            docNumber: string | null;
                            title: string;
                            summary: string | null;
                            receivedOn: string;
                            statedDue: string | null;
                            due: string | null;
                            dueFrom: string;
                            dueBasis: string;
                            agencyId: string;
                            agencyName: string;
                            caseId: string | null;
                            /** @enum {string} */
                            status: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                            daysLeft: number | null;
                            repliedOn: string | null;
                            replySummary: string | null;
                            repliedByName: string | null;
                            version: number;
                            files: {
                                id: string;
                                /** @enum {string} */
                                purpose: "document" | "reply";
                                fileName: string;
                                size: number;
                                createdByName: string;
                                createdAt: string;
                            }[];
                            canAnswer: boolean;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建议类型及其答复期限、依据 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                                label: string;
                                period: {
                                    counting: string;
                                    length: number;
                                } | null;
                                configured: boolean;
                                basis: string;
                            }[];
                            dueSoonDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 及时答复率（合计及各机关） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            asOf: string;
                            total: {
                                numerator: number;
                                denominator: number;
                                value: number | null;
                                overdue: number;
                                late: number;
                                notYetDue: number;
                                withoutDue: number;
                            };
                            byAgency: {
                                numerator: number;
                                denominator: number;
                                value: number | null;
                                overdue: number;
                                late: number;
                                notYetDue: number;
                                withoutDue: number;
                                agencyId: string;
                                agencyName: string;
                                received: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建议详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                            kindLabel: string;
                            issuer: string;
                            docNumber: string | null;
                            title: string;
                            summary: string | null;
                            receivedOn: string;
                            statedDue: string | null;
                            due: string | null;
                            dueFrom: string;
                            dueBasis: string;
                            agencyId: string;
                            agencyName: string;
                            caseId: string | null;
                            /** @enum {string} */
                            status: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                            daysLeft: number | null;
                            repliedOn: string | null;
                            replySummary: string | null;
                            repliedByName: string | null;
                            version: number;
                            files: {
                                id: string;
                                /** @enum {string} */
                                purpose: "document" | "reply";
                                fileName: string;
                                size: number;
                                createdByName: string;
                                createdAt: string;
                            }[];
                            canAnswer: boolean;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 改派承办机关或更正 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /** 承办机关 */
                        agencyId?: string;
                        /** 标题 */
                        title?: string;
                        /** 主要内容 */
                        summary?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                            kindLabel: string;
                            issuer: string;
                            docNumber: string | null;
                            title: string;
                            summary: string | null;
                            receivedOn: string;
                            statedDue: string | null;
                            due: string | null;
                            dueFrom: string;
                            dueBasis: string;
                            agencyId: string;
                            agencyName: string;
                            caseId: string | null;
                            /** @enum {string} */
                            status: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                            daysLeft: number | null;
                            repliedOn: string | null;
                            replySummary: string | null;
                            repliedByName: string | null;
                            version: number;
                            files: {
                                id: string;
                                /** @enum {string} */
                                purpose: "document" | "reply";
                                fileName: string;
                                size: number;
                                createdByName: string;
                                createdAt: string;
                            }[];
                            canAnswer: boolean;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/suggestions/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传建议书（协调员）或答复函（承办机关） */
        post: {
            parameters: {
                query: {
                    purpose: "document" | "reply";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                            kindLabel: string;
                            issuer: string;
                            docNumber: string | null;
                            title: string;
                            summary: string | null;
                            receivedOn: string;
                            statedDue: string | null;
                            due: string | null;
                            dueFrom: string;
                            dueBasis: string;
                            agencyId: string;
                            agencyName: string;
                            caseId: string | null;
                            /** @enum {string} */
                            status: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                            daysLeft: number | null;
                            repliedOn: string | null;
                            replySummary: string | null;
                            repliedByName: string | null;
                            version: number;
                            files: {
                                id: string;
                                /** @enum {string} */
                                purpose: "document" | "reply";
                                fileName: string;
                                size: number;
                                createdByName: string;
                                createdAt: string;
                            }[];
                            canAnswer: boolean;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载建议书或答复函 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记答复（答复日期、内容摘要；须先上传答复函） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /**
                         * 答复日期
                         * Format: date
                         */
                        repliedOn: string;
                        /** 答复内容摘要 */
                        replySummary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "judicial" | "procuratorial" | "reconsideration_opinion" | "reconsideration_suggestion" | "enforcement_supervision";
                            kindLabel: string;
                            issuer: string;
                            docNumber: string | null;
                            title: string;
                            summary: string | null;
                            receivedOn: string;
                            statedDue: string | null;
                            due: string | null;
                            dueFrom: string;
                            dueBasis: string;
                            agencyId: string;
                            agencyName: string;
                            caseId: string | null;
                            /** @enum {string} */
                            status: "pending" | "due_soon" | "overdue" | "answered_on_time" | "answered_late";
                            daysLeft: number | null;
                            repliedOn: string | null;
                            replySummary: string | null;
                            repliedByName: string | null;
                            version: number;
                            files: {
                                id: string;
                                /** @enum {string} */
                                purpose: "document" | "reply";
                                fileName: string;
                                size: number;
                                createdByName: string;
                                createdAt: string;
                            }[];
                            canAnswer: boolean;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typical-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 典型案例库 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    tag?: string;
                    status?: "draft" | "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                year: number;
                                /** @enum {string} */
                                status: "draft" | "published";
                                caseId: string | null;
                                caseNumber: string | null;
                                parties: {
                                    side: string;
                                    name: string;
                                }[];
                                domain: string | null;
                                reasons: string[];
                                tags: string[];
                                summary: string;
                                lesson: string;
                                version: number;
                                canManage: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 编写典型案例（自动脱敏） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 来源案件 */
                        caseId?: string | null;
                        /** 标题 */
                        title: string;
                        /** 年度 */
                        year: number;
                        /** 行政管理领域 */
                        domain?: string | null;
                        /**
                         * 败诉原因
                         * @default []
                         */
                        reasons?: string[];
                        /**
                         * 标签
                         * @default []
                         */
                        tags?: string[];
                        /** 基本案情 */
                        summary: string;
                        /** 启示 */
                        lesson: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caseId: string | null;
                            caseNumber: string | null;
                            parties: {
                                side: string;
                                name: string;
                            }[];
                            domain: string | null;
                            reasons: string[];
                            tags: string[];
                            summary: string;
                            lesson: string;
                            version: number;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typical-cases/compilation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度典型案例汇编（Word） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typical-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 典型案例详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caseId: string | null;
                            caseNumber: string | null;
                            parties: {
                                side: string;
                                name: string;
                            }[];
                            domain: string | null;
                            reasons: string[];
                            tags: string[];
                            summary: string;
                            lesson: string;
                            version: number;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或发布典型案例 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 标题 */
                        title?: string;
                        /** 年度 */
                        year?: number;
                        /** 行政管理领域 */
                        domain?: string | null;
                        /** 基本案情 */
                        summary?: string;
                        /** 启示 */
                        lesson?: string;
                        /** 版本号 */
                        version: number;
                        /** 败诉原因 */
                        reasons?: string[];
                        /** 标签 */
                        tags?: string[];
                        /**
                         * 状态
                         * @enum {string}
                         */
                        status?: "draft" | "published";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            caseId: string | null;
                            caseNumber: string | null;
                            parties: {
                                side: string;
                                name: string;
                            }[];
                            domain: string | null;
                            reasons: string[];
                            tags: string[];
                            summary: string;
                            lesson: string;
                            version: number;
                            canManage: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培训与旁听庭审记录 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "training" | "trial_observation" | "other";
                                title: string;
                                heldOn: string;
                                note: string | null;
                                attendees: {
                                    agencyId: string;
                                    agencyName: string;
                                    personName: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记培训或旁听庭审 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 活动类型
                         * @enum {string}
                         */
                        kind: "training" | "trial_observation" | "other";
                        /** 名称 */
                        title: string;
                        /**
                         * 日期
                         * Format: date
                         */
                        heldOn: string;
                        /** 备注 */
                        note?: string | null;
                        /** 参加机关和人员 */
                        attendees: {
                            /** 参加机关 */
                            agencyId: string;
                            /** 参加人员 */
                            personName?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "trial_observation" | "other";
                            title: string;
                            heldOn: string;
                            note: string | null;
                            attendees: {
                                agencyId: string;
                                agencyName: string;
                                personName: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本年度培训、庭审观摩覆盖情况（3个全覆盖） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            training: {
                                numerator: number;
                                denominator: number;
                                value: number | null;
                                full: boolean;
                                uncovered: {
                                    agencyId: string;
                                    agencyName: string;
                                }[];
                            };
                            trialObservation: {
                                numerator: number;
                                denominator: number;
                                value: number | null;
                                full: boolean;
                                uncovered: {
                                    agencyId: string;
                                    agencyName: string;
                                }[];
                            };
                            rows: {
                                agencyId: string;
                                agencyName: string;
                                regionName: string;
                                training: number;
                                trialObservation: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除误登记的培训记录 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 红黄牌：季度评定的提议与决定（`unit` 为一个单位的历史） */
        get: {
            parameters: {
                query?: {
                    status?: "proposed" | "confirmed" | "rejected";
                    level?: "county" | "agency";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                period: {
                                    from: string;
                                    to: string;
                                    label: string;
                                };
                                /** @enum {string} */
                                level: "county" | "agency";
                                unit: {
                                    id: string;
                                    label: string;
                                };
                                sanction: string;
                                sanctionLabel: string;
                                ruleId: string;
                                reasons: {
                                    code: string;
                                    text: string;
                                }[];
                                losses: number;
                                concluded: number;
                                rateDisplay: string;
                                rulesVersion: number;
                                definitionVersion: number;
                                /** @enum {string} */
                                status: "proposed" | "confirmed" | "rejected";
                                statusLabel: string;
                                decisionReason: string | null;
                                decidedByName: string | null;
                                decidedAt: string | null;
                                version: number;
                                createdAt: string;
                                notice: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项红黄牌提议或决定 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            period: {
                                from: string;
                                to: string;
                                label: string;
                            };
                            /** @enum {string} */
                            level: "county" | "agency";
                            unit: {
                                id: string;
                                label: string;
                            };
                            sanction: string;
                            sanctionLabel: string;
                            ruleId: string;
                            reasons: {
                                code: string;
                                text: string;
                            }[];
                            losses: number;
                            concluded: number;
                            rateDisplay: string;
                            rulesVersion: number;
                            definitionVersion: number;
                            /** @enum {string} */
                            status: "proposed" | "confirmed" | "rejected";
                            statusLabel: string;
                            decisionReason: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            version: number;
                            createdAt: string;
                            notice: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认红黄牌提议（按所见版本；通知该单位） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /** 说明 */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            period: {
                                from: string;
                                to: string;
                                label: string;
                            };
                            /** @enum {string} */
                            level: "county" | "agency";
                            unit: {
                                id: string;
                                label: string;
                            };
                            sanction: string;
                            sanctionLabel: string;
                            ruleId: string;
                            reasons: {
                                code: string;
                                text: string;
                            }[];
                            losses: number;
                            concluded: number;
                            rateDisplay: string;
                            rulesVersion: number;
                            definitionVersion: number;
                            /** @enum {string} */
                            status: "proposed" | "confirmed" | "rejected";
                            statusLabel: string;
                            decisionReason: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            version: number;
                            createdAt: string;
                            notice: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回红黄牌提议（须填写理由；驳回的提议不计入后续升级） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 版本号 */
                        version: number;
                        /** 驳回理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            period: {
                                from: string;
                                to: string;
                                label: string;
                            };
                            /** @enum {string} */
                            level: "county" | "agency";
                            unit: {
                                id: string;
                                label: string;
                            };
                            sanction: string;
                            sanctionLabel: string;
                            ruleId: string;
                            reasons: {
                                code: string;
                                text: string;
                            }[];
                            losses: number;
                            concluded: number;
                            rateDisplay: string;
                            rulesVersion: number;
                            definitionVersion: number;
                            /** @enum {string} */
                            status: "proposed" | "confirmed" | "rejected";
                            statusLabel: string;
                            decisionReason: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            version: number;
                            createdAt: string;
                            notice: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/notice.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 红黄牌通报（Word，公文格式） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 败诉评价列表（本人范围内；专家只见被指派的，看不到他人复评内容） */
        get: {
            parameters: {
                query?: {
                    state?: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                    trigger?: "loss" | "self_correction";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                case: {
                                    id: string;
                                    kind: string;
                                    caseNumber: string | null;
                                    causeOfAction: string | null;
                                    outcome: string | null;
                                    outcomeDate: string | null;
                                    courtName: string | null;
                                    defendantName: string | null;
                                } | null;
                                /** @enum {string} */
                                trigger: "loss" | "self_correction";
                                /** @enum {string} */
                                state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                                effectiveOn: string | null;
                                initial: {
                                    by: string;
                                    at: string;
                                    reasons: string[];
                                    faultAppears: boolean;
                                    opinion?: string;
                                } | null;
                                expertIds: string[];
                                experts: {
                                    id: string;
                                    displayName: string;
                                }[];
                                reviewsAssigned: number;
                                reviewsSubmitted: number;
                                reviewsHidden: number;
                                myReviewSubmitted: boolean;
                                conclusion: {
                                    by: string;
                                    at: string;
                                    /** @enum {string} */
                                    conclusion: "fault" | "no_fault" | "self_corrected";
                                    note?: string;
                                } | null;
                                actions: string[];
                                referral: {
                                    id: string;
                                    evaluationId: string;
                                    caseId: string;
                                    disciplineUserId: string;
                                    disciplineUserName: string | null;
                                    batch: string | null;
                                    dueDate: string | null;
                                    sentOn: string;
                                    onTime: boolean | null;
                                    outcomeCode: string | null;
                                    outcomeNote: string | null;
                                    checks: {
                                        code: string;
                                        responsible: boolean;
                                        note?: string;
                                    }[];
                                    outcomeAt: string | null;
                                    version: number;
                                } | null;
                                version: number;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 自我纠错：将行政机关改变行为后撤诉的案件送交败诉评价 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 案件
                         * Format: uuid
                         */
                        caseId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            case: {
                                id: string;
                                kind: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                outcome: string | null;
                                outcomeDate: string | null;
                                courtName: string | null;
                                defendantName: string | null;
                            } | null;
                            /** @enum {string} */
                            trigger: "loss" | "self_correction";
                            /** @enum {string} */
                            state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                            effectiveOn: string | null;
                            initial: {
                                by: string;
                                at: string;
                                reasons: string[];
                                faultAppears: boolean;
                                opinion?: string;
                            } | null;
                            expertIds: string[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            reviewsAssigned: number;
                            reviewsSubmitted: number;
                            reviewsHidden: number;
                            myReviewSubmitted: boolean;
                            conclusion: {
                                by: string;
                                at: string;
                                /** @enum {string} */
                                conclusion: "fault" | "no_fault" | "self_corrected";
                                note?: string;
                            } | null;
                            actions: string[];
                            referral: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            reviews: {
                                expertId: string;
                                expertName: string | null;
                                at: string;
                                faultFound: boolean;
                                recommendReferral: boolean;
                                opinion: string;
                            }[];
                            package: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 败诉原因、处理结果、一案四查清单；协调员可指派的专家与纪委监委联络员 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reasons: {
                                code: string;
                                label: string;
                                basis?: string;
                            }[];
                            outcomes: {
                                code: string;
                                label: string;
                                basis?: string;
                            }[];
                            fourChecks: {
                                code: string;
                                label: string;
                                basis?: string;
                            }[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            disciplineLiaisons: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 败诉评价统计：各状态、结论（含自我纠错）、按期移送率 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            byState: {
                                [key: string]: number;
                            };
                            byConclusion: {
                                [key: string]: number;
                            };
                            selfCorrected: number;
                            openedForSelfCorrection: number;
                            referralOnTime: {
                                numerator: number;
                                denominator: number;
                                value: number | null;
                            };
                            referralOverdue: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 败诉评价详情（复评按盲评规则显示） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            case: {
                                id: string;
                                kind: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                outcome: string | null;
                                outcomeDate: string | null;
                                courtName: string | null;
                                defendantName: string | null;
                            } | null;
                            /** @enum {string} */
                            trigger: "loss" | "self_correction";
                            /** @enum {string} */
                            state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                            effectiveOn: string | null;
                            initial: {
                                by: string;
                                at: string;
                                reasons: string[];
                                faultAppears: boolean;
                                opinion?: string;
                            } | null;
                            expertIds: string[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            reviewsAssigned: number;
                            reviewsSubmitted: number;
                            reviewsHidden: number;
                            myReviewSubmitted: boolean;
                            conclusion: {
                                by: string;
                                at: string;
                                /** @enum {string} */
                                conclusion: "fault" | "no_fault" | "self_corrected";
                                note?: string;
                            } | null;
                            actions: string[];
                            referral: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            reviews: {
                                expertId: string;
                                expertName: string | null;
                                at: string;
                                faultFound: boolean;
                                recommendReferral: boolean;
                                opinion: string;
                            }[];
                            package: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}/initial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 法院初评：败诉原因、是否存在主观过错情形 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 初评理由 */
                        reasons: string[];
                        /** 是否存在主观过错情形 */
                        faultAppears: boolean;
                        /** 初评意见 */
                        opinion?: string | null;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            case: {
                                id: string;
                                kind: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                outcome: string | null;
                                outcomeDate: string | null;
                                courtName: string | null;
                                defendantName: string | null;
                            } | null;
                            /** @enum {string} */
                            trigger: "loss" | "self_correction";
                            /** @enum {string} */
                            state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                            effectiveOn: string | null;
                            initial: {
                                by: string;
                                at: string;
                                reasons: string[];
                                faultAppears: boolean;
                                opinion?: string;
                            } | null;
                            expertIds: string[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            reviewsAssigned: number;
                            reviewsSubmitted: number;
                            reviewsHidden: number;
                            myReviewSubmitted: boolean;
                            conclusion: {
                                by: string;
                                at: string;
                                /** @enum {string} */
                                conclusion: "fault" | "no_fault" | "self_corrected";
                                note?: string;
                            } | null;
                            actions: string[];
                            referral: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            reviews: {
                                expertId: string;
                                expertName: string | null;
                                at: string;
                                faultFound: boolean;
                                recommendReferral: boolean;
                                opinion: string;
                            }[];
                            package: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指派复评专家 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 专家 */
                        expertIds: string[];
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            case: {
                                id: string;
                                kind: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                outcome: string | null;
                                outcomeDate: string | null;
                                courtName: string | null;
                                defendantName: string | null;
                            } | null;
                            /** @enum {string} */
                            trigger: "loss" | "self_correction";
                            /** @enum {string} */
                            state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                            effectiveOn: string | null;
                            initial: {
                                by: string;
                                at: string;
                                reasons: string[];
                                faultAppears: boolean;
                                opinion?: string;
                            } | null;
                            expertIds: string[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            reviewsAssigned: number;
                            reviewsSubmitted: number;
                            reviewsHidden: number;
                            myReviewSubmitted: boolean;
                            conclusion: {
                                by: string;
                                at: string;
                                /** @enum {string} */
                                conclusion: "fault" | "no_fault" | "self_corrected";
                                note?: string;
                            } | null;
                            actions: string[];
                            referral: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            reviews: {
                                expertId: string;
                                expertName: string | null;
                                at: string;
                                faultFound: boolean;
                                recommendReferral: boolean;
                                opinion: string;
                            }[];
                            package: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 专家复评（每位专家提交一次；提交前看不到他人复评） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 是否存在主观过错 */
                        faultFound: boolean;
                        /** 是否建议移送 */
                        recommendReferral: boolean;
                        /** 复评意见 */
                        opinion: string;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            case: {
                                id: string;
                                kind: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                outcome: string | null;
                                outcomeDate: string | null;
                                courtName: string | null;
                                defendantName: string | null;
                            } | null;
                            /** @enum {string} */
                            trigger: "loss" | "self_correction";
                            /** @enum {string} */
                            state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                            effectiveOn: string | null;
                            initial: {
                                by: string;
                                at: string;
                                reasons: string[];
                                faultAppears: boolean;
                                opinion?: string;
                            } | null;
                            expertIds: string[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            reviewsAssigned: number;
                            reviewsSubmitted: number;
                            reviewsHidden: number;
                            myReviewSubmitted: boolean;
                            conclusion: {
                                by: string;
                                at: string;
                                /** @enum {string} */
                                conclusion: "fault" | "no_fault" | "self_corrected";
                                note?: string;
                            } | null;
                            actions: string[];
                            referral: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            reviews: {
                                expertId: string;
                                expertName: string | null;
                                at: string;
                                faultFound: boolean;
                                recommendReferral: boolean;
                                opinion: string;
                            }[];
                            package: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作出评价结论（关闭败诉分析期限） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 结论
                         * @enum {string}
                         */
                        conclusion: "fault" | "no_fault" | "self_corrected";
                        /** 结论说明 */
                        note?: string | null;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            case: {
                                id: string;
                                kind: string;
                                caseNumber: string | null;
                                causeOfAction: string | null;
                                outcome: string | null;
                                outcomeDate: string | null;
                                courtName: string | null;
                                defendantName: string | null;
                            } | null;
                            /** @enum {string} */
                            trigger: "loss" | "self_correction";
                            /** @enum {string} */
                            state: "opened" | "initial_evaluated" | "in_review" | "concluded" | "referred" | "outcome_recorded";
                            effectiveOn: string | null;
                            initial: {
                                by: string;
                                at: string;
                                reasons: string[];
                                faultAppears: boolean;
                                opinion?: string;
                            } | null;
                            expertIds: string[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            reviewsAssigned: number;
                            reviewsSubmitted: number;
                            reviewsHidden: number;
                            myReviewSubmitted: boolean;
                            conclusion: {
                                by: string;
                                at: string;
                                /** @enum {string} */
                                conclusion: "fault" | "no_fault" | "self_corrected";
                                note?: string;
                            } | null;
                            actions: string[];
                            referral: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            reviews: {
                                expertId: string;
                                expertName: string | null;
                                at: string;
                                faultFound: boolean;
                                recommendReferral: boolean;
                                opinion: string;
                            }[];
                            package: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 移送纪委监委记录（协调员：本人范围；纪委监委联络员：移送给本人的） */
        get: {
            parameters: {
                query?: {
                    outcome?: "pending" | "recorded";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                evaluationId: string;
                                caseId: string;
                                disciplineUserId: string;
                                disciplineUserName: string | null;
                                batch: string | null;
                                dueDate: string | null;
                                sentOn: string;
                                onTime: boolean | null;
                                outcomeCode: string | null;
                                outcomeNote: string | null;
                                checks: {
                                    code: string;
                                    responsible: boolean;
                                    note?: string;
                                }[];
                                outcomeAt: string | null;
                                version: number;
                                case: {
                                    id: string;
                                    kind: string;
                                    caseNumber: string | null;
                                    causeOfAction: string | null;
                                    outcome: string | null;
                                    outcomeDate: string | null;
                                    courtName: string | null;
                                    defendantName: string | null;
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 移送纪委监委（存在主观过错的评价；标记移送期限） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * 败诉评价
                         * Format: uuid
                         */
                        evaluationId: string;
                        /**
                         * 纪委监委联络员
                         * Format: uuid
                         */
                        disciplineUserId: string;
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            evaluationId: string;
                            caseId: string;
                            disciplineUserId: string;
                            disciplineUserName: string | null;
                            batch: string | null;
                            dueDate: string | null;
                            sentOn: string;
                            onTime: boolean | null;
                            outcomeCode: string | null;
                            outcomeNote: string | null;
                            checks: {
                                code: string;
                                responsible: boolean;
                                note?: string;
                            }[];
                            outcomeAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 纪委监委联络员记录处理结果与一案四查 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** 处理结果 */
                        code: string;
                        /** 说明 */
                        note?: string | null;
                        /**
                         * 一案四查
                         * @default []
                         */
                        checks?: {
                            /** 一案四查事项 */
                            code: string;
                            /** 是否有责任 */
                            responsible: boolean;
                            /** 说明 */
                            note?: string | null;
                        }[];
                        /** 版本号 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            evaluationId: string;
                            caseId: string;
                            disciplineUserId: string;
                            disciplineUserName: string | null;
                            batch: string | null;
                            dueDate: string | null;
                            sentOn: string;
                            onTime: boolean | null;
                            outcomeCode: string | null;
                            outcomeNote: string | null;
                            checks: {
                                code: string;
                                responsible: boolean;
                                note?: string;
                            }[];
                            outcomeAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行政争议化解中心：本人辖区的调解案件（收案日期新的在前）
         * @description `state` comma list of states; `stage` 诉前 pre_litigation / 诉中 in_litigation.
         */
        get: {
            parameters: {
                query?: {
                    state?: string;
                    stage?: "pre_litigation" | "in_litigation";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                stage: "pre_litigation" | "in_litigation";
                                /** @enum {string} */
                                state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                                applicants: {
                                    name: string;
                                    /** @enum {string} */
                                    partyType: "person" | "organization";
                                }[];
                                agencyId: string;
                                agencyName: string | null;
                                subject: string;
                                receivedOn: string;
                                linkedCaseNumber: string | null;
                                mediatorName: string | null;
                                resultOn: string | null;
                                countsAsSettlement: boolean;
                                becameCaseNumber: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 收案：申请人、被申请机关、争议事项、诉前或诉中（诉中可关联已登记案件的案号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "pre_litigation" | "in_litigation";
                        applicants: {
                            name: string;
                            /** @enum {string} */
                            partyType: "person" | "organization";
                        }[];
                        agencyId: string;
                        subject: string;
                        request?: string | null;
                        receivedOn: string;
                        linkedCaseNumber?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调解案件详情：申请人、争议事项、调解员、调解记录、结果、可进行的操作 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理（须说明理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分案：指定（更换）调解员 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        mediatorUserId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录调解：日期、参加人、调解情况 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        heldOn: string;
                        participants: string[];
                        notes: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录结果：达成调解协议、申请人撤回或调解不成 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        result: "agree" | "withdraw" | "fail";
                        resultOn: string;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mediations/{id}/became-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调解不成后转入的复议或诉讼案件（按案号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        caseNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            stage: "pre_litigation" | "in_litigation";
                            /** @enum {string} */
                            state: "received" | "accepted" | "refused" | "assigned" | "mediating" | "agreed" | "withdrawn" | "failed";
                            applicants: {
                                name: string;
                                /** @enum {string} */
                                partyType: "person" | "organization";
                            }[];
                            agencyId: string;
                            agencyName: string | null;
                            subject: string;
                            receivedOn: string;
                            linkedCaseNumber: string | null;
                            mediatorName: string | null;
                            resultOn: string | null;
                            countsAsSettlement: boolean;
                            becameCaseNumber: string | null;
                            version: number;
                            request: string | null;
                            refusalReason: string | null;
                            mediatorUserId: string | null;
                            assignedAt: string | null;
                            resultSummary: string | null;
                            sessions: {
                                id: string;
                                heldOn: string;
                                participants: string[];
                                notes: string;
                                recordedByName: string | null;
                            }[];
                            allowedActions: ("accept" | "refuse" | "assign" | "record_session" | "agree" | "withdraw" | "fail" | "record_case")[];
                            mediators: {
                                id: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorDetailInput: {
            /** @description the input field at fault, as its code path (e.g. parties.0.name) */
            field?: string;
            /** @description the row at fault (imports) */
            row?: number;
            message: string;
        };
        ErrorBodyInput: {
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "CASE_NUMBER_INVALID" | "IMPORT_INVALID" | "AUTH_REQUIRED" | "AUTH_INVALID_CREDENTIALS" | "AUTH_SESSION_EXPIRED" | "CSRF_INVALID" | "FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED" | "NOT_FOUND" | "VERSION_CONFLICT" | "DUPLICATE" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "AUTH_LOCKED" | "RATE_LIMITED" | "AUTH_THROTTLED" | "CALENDAR_YEAR_NOT_COVERED" | "UNPROCESSABLE" | "INTERNAL" | "SERVICE_UNAVAILABLE";
            message: string;
            /** @description the fields at fault, or facts about the refusal (e.g. {lockedUntil} with AUTH_LOCKED) */
            details?: components["schemas"]["ErrorDetailInput"][] | {
                [key: string]: unknown;
            };
            requestId: string;
        };
        ErrorDetail: {
            /** @description the input field at fault, as its code path (e.g. parties.0.name) */
            field?: string;
            /** @description the row at fault (imports) */
            row?: number;
            message: string;
        };
        ErrorBody: {
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "CASE_NUMBER_INVALID" | "IMPORT_INVALID" | "AUTH_REQUIRED" | "AUTH_INVALID_CREDENTIALS" | "AUTH_SESSION_EXPIRED" | "CSRF_INVALID" | "FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED" | "NOT_FOUND" | "VERSION_CONFLICT" | "DUPLICATE" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "AUTH_LOCKED" | "RATE_LIMITED" | "AUTH_THROTTLED" | "CALENDAR_YEAR_NOT_COVERED" | "UNPROCESSABLE" | "INTERNAL" | "SERVICE_UNAVAILABLE";
            message: string;
            /** @description the fields at fault, or facts about the refusal (e.g. {lockedUntil} with AUTH_LOCKED) */
            details?: components["schemas"]["ErrorDetail"][] | {
                [key: string]: unknown;
            };
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
