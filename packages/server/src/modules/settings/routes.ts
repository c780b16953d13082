import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  kindParams,
  saveSettingBody,
  settingListResponse,
  settingValue,
  settingVersionsResponse,
  versionParams,
} from './dto.js';
import { getSetting, getSettingVersion, listSettings, listSettingVersions, saveSetting } from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['settings'];
const read = { access: { permission: 'settings.read' } } as const;
const manage = { access: { permission: 'settings.manage' } } as const;

/** Versioned settings (`/api/v1/settings…`): coordinators read the rules in force; administrators and the city coordinator change them. */
export async function settingsRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/settings',
    {
      config: read,
      schema: { tags, summary: '各项配置及其当前版本', response: { 200: settingListResponse, ...errors } },
    },
    async () => ({ items: (await listSettings(db)) as z.infer<typeof settingListResponse>['items'] }),
  );

  r.get(
    '/settings/:kind',
    {
      config: read,
      schema: { tags, summary: '某项配置的当前值', params: kindParams, response: { 200: settingValue, ...errors } },
    },
    async (req) => getSetting(db, req.params.kind),
  );

  r.get(
    '/settings/:kind/versions',
    {
      config: read,
      schema: {
        tags,
        summary: '某项配置的全部版本（最新在前，0 为系统默认）',
        params: kindParams,
        response: { 200: settingVersionsResponse, ...errors },
      },
    },
    async (req) => ({ items: await listSettingVersions(db, req.params.kind) }),
  );

  r.get(
    '/settings/:kind/versions/:version',
    {
      config: read,
      schema: {
        tags,
        summary: '某项配置的某一历史版本',
        params: versionParams,
        response: { 200: settingValue, ...errors },
      },
    },
    async (req) => getSettingVersion(db, req.params.kind, req.params.version),
  );

  r.put(
    '/settings/:kind',
    {
      config: manage,
      schema: {
        tags,
        summary: '保存某项配置的新版本（须说明原因；依据的版本已过时则 409）',
        params: kindParams,
        body: saveSettingBody,
        response: { 200: settingValue, ...errors },
      },
    },
    async (req) => saveSetting(db, auditActor(req), req.params.kind, req.body),
  );
}
