/**
 * The server's contract as the web reads it: helpers over the types generated from the server's OpenAPI document
 * (schema.gen.ts, `npm run contracts`). Feature api.ts files name what they use with small aliases, e.g.
 * `type CaseDetail = ApiResponse<'/api/v1/cases/{id}', 'get'>`; no response or request type is written by hand.
 */
import type { components, paths } from './schema.gen.js';

export type { components, paths } from './schema.gen.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/**
 * A route that declares no such schema gives a type that no code can use (rather than `never`, on which any property
 * access would type-check): the mistake shows where the alias is used.
 */
type Declared<T, P> = [T] extends [never] ? { readonly noSchemaDeclaredFor: P } : T;

/** The JSON a route answers on success (200, else 201). */
export type ApiResponse<P extends keyof paths, M extends HttpMethod> = Declared<
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer A }
      ? Json<A>
      : R extends { 201: infer A }
        ? Json<A>
        : never
    : never,
  P
>;

/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends HttpMethod> = Declared<
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never,
  P
>;

/** The query string's parameters a route takes. */
export type ApiQuery<P extends keyof paths, M extends HttpMethod> = Declared<
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never,
  P
>;

/** Every error answer's body (the server's platform/http/errorSchema.ts): `{code, message, details?, requestId}`. */
export type ErrorBody = components['schemas']['ErrorBody'];
/** One field (or row) at fault in an error's `details`. */
export type ErrorDetail = components['schemas']['ErrorDetail'];
/** The stable error codes the server answers with. */
export type ErrorCode = ErrorBody['code'];
