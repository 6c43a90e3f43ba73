import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry for the process; /metrics serialises it. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const dbQueriesTotal = new Counter({
  name: 'db_queries_total',
  help: 'Cypher statements sent to Neo4j',
  labelNames: ['mode', 'statement'] as const,
  registers: [registry],
});

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration',
  labelNames: ['route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlErrorsTotal = new Counter({
  name: 'graphql_errors_total',
  help: 'GraphQL errors returned to clients, by code',
  labelNames: ['code'] as const,
  registers: [registry],
});
