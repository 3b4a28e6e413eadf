import { ErrorCode } from '@mengyuan/domain';
import type { FastifyInstance } from 'fastify';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
/** Errors about the GraphQL document itself (parse, validation, variables, limits): request errors in the spec's terms. */
const REQUEST_ERROR_CODES = new Set<string>([ErrorCode.VALIDATION_FAILED, ErrorCode.QUERY_TOO_COMPLEX]);

/**
 * What Mercurius leaves to us of the GraphQL over HTTP specification:
 * - answers in `application/graphql-response+json` to clients that accept it, with 4xx for request errors;
 * - answers legacy `application/json` clients 200 for every well-formed request, request errors included;
 * - accepts `"extensions": null` in the body, and refuses a POST without a Content-Type.
 */
export function graphqlOverHttp(fastify: FastifyInstance, path = '/graphql'): void {
  const isGraphql = (url: string) => url === path || url.startsWith(`${path}?`);

  fastify.addHook('onRequest', async (req, reply) => {
    if (isGraphql(req.url) && req.method === 'POST' && !req.headers['content-type']) {
      await reply.code(415).send({ errors: [{ message: 'POST needs a Content-Type: application/json', extensions: { code: ErrorCode.BAD_REQUEST } }] });
    }
  });

  fastify.addHook('preValidation', async (req, reply) => {
    if (isGraphql(req.url) && Array.isArray(req.body)) {
      await reply.code(400).send({ errors: [{ message: 'Batched requests are not accepted: send one operation per request', extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    const body = req.body as Record<string, unknown> | undefined;
    if (!isGraphql(req.url) || req.method !== 'POST' || !body || typeof body !== 'object') return;
    if (body.extensions === null) delete body.extensions;
    const problem = bodyProblem(body);
    if (problem) await reply.code(400).send({ errors: [{ message: problem, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  });

  fastify.addHook('onSend', async (req, reply, payload) => {
    if (!isGraphql(req.url) || typeof payload !== 'string') return payload;
    const accept = String(req.headers.accept ?? '');
    if (accept.includes(GRAPHQL_RESPONSE)) {
      void reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
      return payload;
    }
    if (reply.statusCode === 400) {
      try {
        const body = JSON.parse(payload) as { errors?: { extensions?: { code?: string } }[] };
        if (body.errors?.length && body.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) void reply.code(200);
      } catch {
        // Not JSON: leave it as it is.
      }
    }
    return payload;
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
