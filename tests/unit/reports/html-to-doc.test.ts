import { describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../src/services/importers/reports';
import { expectSafeDoc } from './doc-safety';

describe('htmlToDoc', () => {
  it('turns a results table into one paragraph per row, cells joined by " | "', () => {
    const doc = htmlToDoc('<table><thead><tr><th>Pos</th><th>Driver</th></tr></thead><tbody><tr><td>1</td><td>Lazare</td></tr><tr><td>2</td><td>McAleer</td></tr></tbody></table>');
    expect(doc.content.map((node) => node.content?.map((child) => child.text).join(''))).toEqual(['Pos | Driver', '1 | Lazare', '2 | McAleer']);
  });

  it('reads a nested table once, inside the cell that holds it', () => {
    const doc = htmlToDoc('<table><tr><td>Class</td><td><table><tr><td>GTD</td></tr></table></td></tr></table>');
    expect(doc.content.map((node) => node.content?.map((child) => child.text).join(''))).toEqual(['Class | GTD']);
  });

  it('maps h4–h6 to level 3 and keeps nested list text as paragraphs of the outer item', () => {
    const doc = htmlToDoc('<h5>Notes</h5><ul><li>Lazare<ul><li>pole</li></ul></li></ul>');
    expectSafeDoc(doc);
    expect(doc.content[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(doc.content[1].content?.[0].content?.map((paragraph) => paragraph.content?.[0].text)).toEqual(['Lazare', 'pole']);
  });

  it('collapses spaces as a browser would and keeps non-breaking ones', () => {
    const doc = htmlToDoc('<p>  Lazare \n  took   <b> pole </b>  at\u00a0Sebring <br>  on Thursday </p>');
    expect(doc.content[0].content).toEqual([
      { type: 'text', text: 'Lazare took ' },
      { type: 'text', text: 'pole ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'at\u00a0Sebring' },
      { type: 'hardBreak' },
      { type: 'text', text: 'on Thursday' },
    ]);
  });

  it('gives an empty document one empty paragraph, as the editor needs', () => {
    expect(htmlToDoc('<script>alert(1)</script>')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
