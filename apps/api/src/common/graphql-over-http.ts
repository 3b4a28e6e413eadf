import { ErrorCode } from '@mengyuan/domain';
import type { FastifyInstance } from 'fastify';
import { OPERATION_NAME } from './request-facts';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const ACCEPTED_BODY_TYPES = new Set(['application/json', GRAPHQL_RESPONSE]);

/** The media type of a Content-Type header, lower-cased, without parameters. */
export const mediaType = (header: string | undefined) => (header ?? '').split(';')[0].trim().toLowerCase();
/** Errors about the GraphQL document itself (parse, validation, variables, limits): request errors in the spec's terms. */
const REQUEST_ERROR_CODES = new Set<string>([ErrorCode.VALIDATION_FAILED, ErrorCode.QUERY_TOO_COMPLEX]);

/**
 * What Mercurius leaves to us of the GraphQL over HTTP specification:
 * - answers in `application/graphql-response+json` to clients that accept it, with 4xx for request errors;
 * - answers legacy `application/json` clients 200 for every well-formed request, request errors included;
 * - accepts `"extensions": null` in the body;
 * - takes POST bodies only as `application/json` or `application/graphql-response+json`: a browser sends
 *   the other types (form-encoded, multipart, text/plain) cross-site without a preflight, so accepting them
 *   would let any page run mutations with a visitor's network (CSRF). They are refused with 415 before the
 *   body is read.
 */
export function graphqlOverHttp(fastify: FastifyInstance, path = '/graphql'): void {
  const isGraphql = (url: string) => url === path || url.startsWith(`${path}?`);

  fastify.addContentTypeParser(GRAPHQL_RESPONSE, { parseAs: 'string' }, fastify.getDefaultJsonParser('error', 'error'));

  // Callback-style hooks (they run on every request; an async one costs a promise and a turn of the microtask
  // queue each): a hook that answers sends the reply and does not call done.
  fastify.addHook('onRequest', (req, reply, done) => {
    if (isGraphql(req.url) && req.method === 'POST' && !ACCEPTED_BODY_TYPES.has(mediaType(req.headers['content-type']))) {
      void reply
        .code(415)
        .header('accept-post', [...ACCEPTED_BODY_TYPES].join(', '))
        .send({ errors: [{ message: 'POST /graphql takes Content-Type: application/json', extensions: { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE } }] });
      return;
    }
    done();
  });

  fastify.addHook('preValidation', (req, reply, done) => {
    if (isGraphql(req.url) && Array.isArray(req.body)) {
      void reply.code(400).send({ errors: [{ message: 'Batched requests are not accepted: send one operation per request', extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    const body = req.body as Record<string, unknown> | undefined;
    if (!isGraphql(req.url) || req.method !== 'POST' || !body || typeof body !== 'object') return done();
    if (body.extensions === null) delete body.extensions;
    // For the request log until the document names its operation (see graphql.config.ts).
    if (typeof body.operationName === 'string') (req.raw as { [OPERATION_NAME]?: string })[OPERATION_NAME] = body.operationName.slice(0, 100);
    const problem = bodyProblem(body);
    if (problem) {
      void reply.code(400).send({ errors: [{ message: problem, extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    done();
  });

  fastify.addHook('onSend', (req, reply, payload, done) => {
    if (!isGraphql(req.url) || typeof payload !== 'string') return done(null, payload);
    const accept = String(req.headers.accept ?? '');
    if (accept.includes(GRAPHQL_RESPONSE)) {
      void reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
      return done(null, payload);
    }
    if (reply.statusCode === 400) {
      try {
        const body = JSON.parse(payload) as { errors?: { extensions?: { code?: string } }[] };
        if (body.errors?.length && body.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) void reply.code(200);
      } catch {
        // Not JSON: leave it as it is.
      }
    }
    done(null, payload);
  });
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request parameters' types, as the specification gives them. */
function bodyProblem(body: Record<string, unknown>): string | null {
  if (typeof body.query !== 'string') return '"query" must be a string';
  if (body.operationName != null && typeof body.operationName !== 'string') return '"operationName" must be a string or null';
  if (body.variables != null && !isObject(body.variables)) return '"variables" must be an object or null';
  if (body.extensions !== undefined && !isObject(body.extensions)) return '"extensions" must be an object';
  return null;
}
