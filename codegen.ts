// GraphQL Code Generator: every operation a test sends, written with the generated `graphql()`
// of its folder, is checked against the schema it is sent to and typed (variables and answer).
// `npm run codegen` writes the `graphql/` folders (kept as generated, unformatted, so that
// `npm run check` can compare them); `npm run check` fails when one is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const SUBGRAPHS = [
  'intake',
  'routing',
  'hr',
  'police-referrals',
  'internal-audit',
  'civil-rights',
] as const;

const loader = './codegen/load-schema.cjs';
const presetConfig = { fragmentMasking: false };
const config = {
  useTypeImports: true,
  enumsAsTypes: true,
  skipTypename: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  scalars: { DateTimeISO: 'string', DateTime: 'string', JSON: 'unknown' },
};

const codegen: CodegenConfig = {
  ignoreNoDocuments: true,
  generates: {
    ...Object.fromEntries(
      SUBGRAPHS.map((name) => [
        `subgraphs/${name}/test/graphql/`,
        {
          schema: [{ [`subgraph:${name}`]: { loader } }],
          documents: [`subgraphs/${name}/test/**/*.ts`, `!subgraphs/${name}/test/graphql/**`],
          preset: 'client',
          presetConfig,
          config,
        },
      ]),
    ),
    'test/graphql/': {
      schema: [{ supergraph: { loader } }],
      documents: ['test/**/*.ts', '!test/graphql/**'],
      preset: 'client',
      presetConfig,
      config,
    },
  },
};

export default codegen;
