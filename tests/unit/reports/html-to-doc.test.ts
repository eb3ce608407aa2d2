import { describe, expect, it } from 'vitest';
import { htmlToDoc, sanitiseHtml } from '../../../src/services/importers/reports';
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

  it('maps h4–h6 to level 3', () => {
    const doc = htmlToDoc('<h5>Notes</h5><p>Lazare on pole</p>');
    expect(doc.content[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
  });

  it('keeps a nested list as a list inside its item, ordered or not', () => {
    const doc = htmlToDoc('<ul><li>GTP<ol><li>Derani</li><li>Bourdais</li></ol></li><li>LMP2</li></ul>');
    expectSafeDoc(doc);
    const [outer] = doc.content;
    expect(outer.type).toBe('bulletList');
    const [gtp, lmp2] = outer.content ?? [];
    expect(gtp.content?.map((node) => node.type)).toEqual(['paragraph', 'orderedList']);
    expect(gtp.content?.[1].content?.map((item) => item.content?.[0].content?.[0].text)).toEqual(['Derani', 'Bourdais']);
    expect(lmp2.content?.[0].content?.[0].text).toBe('LMP2');
  });

  it('keeps the first number of a numbered list: places 3 and 4 stay 3 and 4', () => {
    const doc = htmlToDoc('<ol start="3"><li>Nasr</li><li>De Phillippi</li></ol><ol start="x"><li>a</li></ol><p start="5">b</p>');
    expectSafeDoc(doc);
    expect(doc.content.map((node) => [node.type, node.attrs?.start])).toEqual([['orderedList', 3], ['orderedList', undefined], ['paragraph', undefined]]);
    expect(sanitiseHtml('<ol start="3"><li>Nasr</li></ol><ul start="2"><li>x</li></ul>')).toBe('<ol start="3"><li>Nasr</li></ol><ul><li>x</li></ul>');
  });

  it('flattens an item that opens with a list (no text of its own) to paragraphs, as the editor needs', () => {
    const doc = htmlToDoc('<ul><li><ul><li>pole</li></ul></li></ul>');
    expectSafeDoc(doc);
    expect(doc.content[0].content?.[0].content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'pole' }] }]);
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
