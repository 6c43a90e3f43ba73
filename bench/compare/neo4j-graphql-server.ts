/**
 * @neo4j/graphql 7 over HTTP (Apollo Server, standalone) on the embedded Neo4j that
 * bench/compare.ts started; run as its own process (BENCH_NEO4J_* in the environment).
 * Each request gets a driver wrapper that counts the statements the library sends
 * (session.run and every run inside executeRead/executeWrite), returned as `x-db-queries`
 * like Limelight's.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { boltFromEnv } from './service';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql.typedefs';

interface Counter {
  statements: number;
}
interface BenchContext {
  executionContext: Driver;
  counter: Counter;
}

/** A transaction whose run() adds one to the counter. */
function countingTx(tx: ManagedTransaction, counter: Counter): ManagedTransaction {
  return new Proxy(tx, {
    get(target, key, receiver) {
      if (key !== 'run') return Reflect.get(target, key, receiver);
      return (...args: Parameters<ManagedTransaction['run']>) => {
        counter.statements += 1;
        return target.run(...args);
      };
    },
  });
}

/** A session whose statements, alone or in managed transactions, are counted. */
function countingSession(session: Session, counter: Counter): Session {
  return new Proxy(session, {
    get(target, key, receiver) {
      if (key === 'executeRead' || key === 'executeWrite') {
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          target[key]((tx: ManagedTransaction) => work(countingTx(tx, counter)), config as never);
      }
      if (key === 'run') {
        return (...args: Parameters<Session['run']>) => {
          counter.statements += 1;
          return target.run(...args);
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The driver as @neo4j/graphql sees it for one request: sessions it opens count into `counter`. */
function countingDriver(driver: Driver, counter: Counter): Driver {
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key === 'session') return (config?: Parameters<Driver['session']>[0]) => countingSession(target.session(config), counter);
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function main(): Promise<void> {
  const bolt = boltFromEnv(process.env);
  const driver = neo4j.driver(bolt.uri, neo4j.auth.basic(bolt.user, bolt.password));
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const server = new ApolloServer<BenchContext>({
    schema,
    plugins: [
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              response.http.headers.set('x-db-queries', String(contextValue.counter.statements));
            },
          };
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => {
      const counter = { statements: 0 };
      return { executionContext: countingDriver(driver, counter), counter };
    },
  });
  process.stdout.write(`@neo4j/graphql listening on ${url}\n`);
  process.on('SIGTERM', () => {
    server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
