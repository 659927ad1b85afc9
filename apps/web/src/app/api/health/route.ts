import { defineRoute } from "@/server/route/define-route";

/**
 * Liveness, for a load balancer or a container's health check: the process
 * answers, with no session and no query. The load benchmark also uses it as
 * the framework's own cost per request (docs/benchmarks.md).
 */
export const GET = defineRoute({
  access: "public",
  async handle() {
    return { status: "ok" };
  },
});
