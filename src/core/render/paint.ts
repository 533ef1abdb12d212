/** The colors a renderer may use; chalk fits, and so does `plainPaint` for pipes and tests. */
export interface Paint {
  bold: (text: string) => string;
  dim: (text: string) => string;
  green: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
}

const same = (text: string) => text;
export const plainPaint: Paint = { bold: same, dim: same, green: same, red: same, yellow: same };
