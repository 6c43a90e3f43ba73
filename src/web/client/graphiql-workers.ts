// GraphiQL 5 edits in Monaco, which runs its language services in web workers. Its own
// setup-workers modules load them from esm.sh (a CDN) or rely on a bundler's worker syntax;
// here they are plain scripts that scripts/build-web.mjs bundles next to this page, so they
// come from /assets/ on this origin (the CSP's default-src 'self' covers worker-src).

const WORKERS: Record<string, string> = {
  graphql: '/assets/graphql.worker.js',
  json: '/assets/json.worker.js',
};
const EDITOR_WORKER = '/assets/editor.worker.js';

export function setUpMonacoWorkers(): void {
  window.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) => new Worker(WORKERS[label] ?? EDITOR_WORKER, { name: label }),
  };
}
