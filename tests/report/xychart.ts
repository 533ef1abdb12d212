// Mermaid xychart blocks of a report, read the way the grammar reads them.

/** Checks a Mermaid xychart block the way its grammar reads it: every series as long as the x-axis. */
export function checkXyChart(block: string): string[] {
  const lines = block.split('\n').map((l) => l.trim());
  const problems: string[] = [];
  if (lines[0] !== 'xychart-beta') problems.push(`starts with ${lines[0]}`);
  const title = lines.find((l) => l.startsWith('title '));
  if (!title || !/^title "[^"]+"$/.test(title)) problems.push(`bad title: ${title}`);
  const xAxis = lines.find((l) => l.startsWith('x-axis '));
  const categories = /^x-axis "[^"]+" \[((?:"[^"]+"(?:, )?)+)\]$/.exec(xAxis ?? '');
  if (!categories) return [...problems, `bad x-axis: ${xAxis}`];
  const count = (categories[1] as string).split(', ').length;
  if (!lines.some((l) => /^y-axis "[^"]+"$/.test(l))) problems.push('no y-axis');
  const series = lines.filter((l) => /^(line|bar) /.test(l));
  if (series.length === 0) problems.push('no series');
  for (const s of series) {
    const values = /^(?:line|bar) \[(-?\d+(?:, -?\d+)*)\]$/.exec(s);
    if (!values) problems.push(`bad series: ${s.slice(0, 40)}`);
    else if ((values[1] as string).split(', ').length !== count) problems.push(`series of ${(values[1] as string).split(', ').length} against ${count} months`);
  }
  return problems;
}

export const mermaidBlocks = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
