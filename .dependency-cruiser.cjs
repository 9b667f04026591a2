// Import rules of ../shared/DESIGN.md: the folders of src/ are the flow, and a folder imports only
// from itself and the folders listed before it. `npm test` runs this (npm run lint:imports).
const LAYERS = ['core', 'read', 'clean', 'analyze', 'story', 'render', 'store', 'app', 'export', 'eval', 'server', 'cli'];

/** One rule per layer: it may not import from any layer listed after it. */
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer}-imports-upward`,
  comment: `src/${layer}/ may import only from ${LAYERS.slice(0, i + 1).join(', ')} (the flow of DESIGN.md)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'analyze-stages-talk-through-layers',
      comment: 'a per-article stage reads what another stage found through its layer (soFar), never by importing it; shared parsing lives in analyze/syntax/',
      severity: 'error',
      from: { path: '^src/analyze/(dates|quantities|syntax|sentences|tokens)/' },
      to: { path: '^src/analyze/events/' },
    },
    {
      name: 'browser-code-stays-in-ui',
      comment: 'src/server/ui/ runs in the browser, served as static modules from ui/ alone: beyond ui/ it may import only the types of the API and the model (erased by tsc; a value import would fail in the browser test)',
      severity: 'error',
      from: { path: '^src/server/ui/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^src/server/ui/|^src/server/api-types\\.ts$|^src/core/model\\.ts$' },
    },
    {
      name: 'quotes-not-from-events',
      comment: 'quotes read the syntax layer; they never reach into the events stage',
      severity: 'error',
      from: { path: '^src/analyze/quotes/' },
      to: { path: '^src/analyze/events/' },
    },
    {
      name: 'no-cycles',
      comment: 'modules import one way; a cycle means two modules are one job or one is in the wrong folder',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'public-surface-only-from-edges',
      comment: 'src/index.ts is the public surface: code inside src/ never imports it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.test\\.ts$' },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
