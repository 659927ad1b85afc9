import "server-only";
import { InvalidInputError, NotFoundError, parseWith } from "@quizdeck/db/errors";
import type { z } from "zod";
import { type CurrentUser, type SessionRead, sessionOf } from "@/lib/session";
import { describeError, errorResponse } from "../errors/error-table";
import { RequestError } from "../errors/request-error";
import { enforceRateLimit } from "../http/rate-limit";
import { readJsonBody } from "../http/read-json-body";
import { isSameOrigin } from "../http/same-origin";
import type { RateLimitName } from "../policy/rate-limits";
import { type Access, userFor } from "./access";

/** Marks handlers built here, so a test can find any route that is not. */
export const BUILT_BY_DEFINE_ROUTE = Symbol.for("quizdeck.defineRoute");

type Schema = z.ZodType;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P, Q, B, A extends Access> {
  /** Public routes never look the session up (no cost, nothing to leak). */
  user: A extends "public" ? null : CurrentUser;
  params: P;
  query: Q;
  body: B;
  request: Request;
}

export interface RouteSpec<
  A extends Access,
  PS extends Schema | undefined,
  QS extends Schema | undefined,
  BS extends Schema | undefined,
> {
  /** Who may call it: anyone, any signed-in user, or one role. */
  access: A;
  /** Zod schemas for the path segments, the query string (one value per key) and the JSON body. */
  params?: PS;
  query?: QS;
  body?: BS;
  /** The named limit (server/policy/rate-limits.ts) counted per signed-in user. */
  rateLimit?: RateLimitName;
  /** Calls one use case; a plain value is answered as JSON, a Response as is. */
  handle(context: RouteContext<Parsed<PS>, Parsed<QS>, Parsed<BS>, A>): Promise<Response | object>;
}

export type RouteHandler = ((
  request: Request,
  segment: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) & { [BUILT_BY_DEFINE_ROUTE]: true };

/**
 * The one way to write a route handler: session, role, same origin for unsafe
 * methods, zod on params, query and body, the route's rate limit, one use case,
 * and every expected failure answered through the error table
 * (`{ error: { code, message, fieldErrors? } }`, 503 + Retry-After when the
 * database is away). Checks run in that order, so a refusal never depends on
 * what a later check would say.
 */
export function defineRoute<
  A extends Access,
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
>(spec: RouteSpec<A, PS, QS, BS>): RouteHandler {
  const handler = async (
    request: Request,
    segment: { params: Promise<Record<string, string | string[]>> },
  ): Promise<Response> => {
    let session: SessionRead | null = null;
    try {
      if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
        throw new RequestError("CROSS_ORIGIN", "Cross-origin requests are not allowed.");
      }
      if (spec.access !== "public") session = await sessionOf(request.headers);
      const user = session ? userFor(spec.access as Exclude<A, "public">, session.user) : null;
      const params = spec.params ? parsePath(spec.params, await segment.params) : undefined;
      const query = spec.query ? parseWith(spec.query, queryObject(request)) : undefined;
      const body = spec.body ? parseWith(spec.body, await readJsonBody(request)) : undefined;
      if (spec.rateLimit && user) await enforceRateLimit(spec.rateLimit, user.id);
      const result = await spec.handle({ user, params, query, body, request } as RouteContext<
        Parsed<PS>,
        Parsed<QS>,
        Parsed<BS>,
        A
      >);
      return withCookies(
        result instanceof Response
          ? result
          : Response.json(result, { headers: { "cache-control": "private, no-store" } }),
        session,
      );
    } catch (error) {
      const described = describeError(error);
      if (!described) throw error;
      return withCookies(errorResponse(described), session);
    }
  };
  return Object.assign(handler, { [BUILT_BY_DEFINE_ROUTE]: true as const });
}

/** A route that only answers "use another method": the table's 405 with a hint. */
export function methodNotAllowed(hint: string): RouteHandler {
  return defineRoute({
    access: "public",
    async handle() {
      throw new RequestError("METHOD_NOT_ALLOWED", hint);
    },
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The cookie cache Better Auth renewed while reading the session, on the reply.
 * Served by Next.js, its cookie plugin sets the same cookie again (same value);
 * served straight from server.mjs, this is the only way it reaches the browser.
 */
function withCookies(response: Response, session: SessionRead | null): Response {
  for (const cookie of session?.setCookies ?? []) response.headers.append("set-cookie", cookie);
  return response;
}

/** A path segment that cannot be one of our ids names nothing: 404, like a missing object. */
function parsePath<S extends Schema>(schema: S, segments: unknown): z.output<S> {
  try {
    return parseWith(schema, segments);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      const first = Object.values(error.fieldErrors)[0]?.[0];
      throw new NotFoundError(first ?? "That address names nothing here.");
    }
    throw error;
  }
}

/** The query string as an object; a key given twice keeps all its values, so a schema can refuse it. */
function queryObject(request: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const earlier = query[key];
    query[key] = earlier === undefined ? value : [earlier, value].flat();
  }
  return query;
}
