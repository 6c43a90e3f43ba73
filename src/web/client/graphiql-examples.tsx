import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import type { GraphiQLPlugin } from '@graphiql/react';

/** One README graphql block (scripts/readme-examples.mjs writes them to /assets/graphiql-examples.json). */
export interface Example {
  title: string;
  query: string;
}

/** The query a tab opens with: the README's text under a comment naming its section. */
export function exampleQuery(example: Example): string {
  return `# README: ${example.title}\n${example.query}`;
}

export async function loadExamples(): Promise<Example[]> {
  const res = await fetch('/assets/graphiql-examples.json');
  return res.ok ? ((await res.json()) as Example[]) : [];
}

/** A sidebar pane listing every README example; choosing one opens it in a new tab. */
export function examplesPlugin(examples: Example[]): GraphiQLPlugin {
  return {
    title: 'README examples',
    icon: ExamplesIcon,
    content: () => <ExampleList examples={examples} />,
  };
}

function ExampleList({ examples }: { examples: Example[] }) {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const open = (example: Example) => {
    addTab();
    // the new tab is empty until the editor has switched to it
    setTimeout(() => queryEditor?.setValue(exampleQuery(example)), 0);
  };
  return (
    <div className="limelight-examples">
      <div className="graphiql-doc-explorer-title">README examples</div>
      <p>Every query in the README, as the tests run it. Mutations need an editor key in the headers.</p>
      <ul>
        {examples.map((example, i) => (
          <li key={i}>
            <button type="button" className="graphiql-un-styled" onClick={() => open(example)}>
              <span>{example.title}</span>
              <code>{example.query.replace(/\s+/g, ' ').trim().slice(0, 80)}</code>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
    </svg>
  );
}
