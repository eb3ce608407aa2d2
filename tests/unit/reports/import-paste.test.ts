import { describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { textOfNode } from '../../../src/domain/reports';
import { importPaste } from '../../../src/services/importers/reports';
import { allText, expectSafeDoc, HOSTILE } from './doc-safety';

/** What Word 365 puts on the clipboard for a heading, a bold word, a bulleted and a numbered list (trimmed). */
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<h1 style='mso-outline-level:1'><span lang=EN-US>Jeansonne Claims Mazda MX-5 Cup Pole<o:p></o:p></span></h1>
<p class=MsoNormal><b><span style='font-family:"Calibri",sans-serif'>Jeansonne</span></b><span> reset the qualifying lap record with a pole time of 2:06.544.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Aaron Jeansonne<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Connor Zilisch<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Practice<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Qualifying<o:p></o:p></p>
<p class=MsoNormal>Results on <a href="https://www.imsa.com/">imsa.com</a>.<o:p></o:p></p>
<!--EndFragment--></body></html>`;

/** What Google Docs puts on the clipboard: everything inside a not-bold <b>, formatting in styles. */
const GOOGLE_DOCS_CLIPBOARD = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;font-weight:700;">Gottsacker</span><span style="font-size:11pt;font-family:Arial;font-weight:400;"> took the TCR pole by </span><span style="font-size:11pt;font-style:italic;">.299 seconds</span><span style="font-size:11pt;text-decoration:line-through;"> .3 seconds</span><span style="font-size:11pt;">.</span></p></b>`;

describe('pasting rich text', () => {
  it('keeps a Word heading, bold, bullet and numbered lists and links, and drops Word’s junk', () => {
    const report = importPaste(WORD_CLIPBOARD);
    expectSafeDoc(report.doc);
    expect(report.format).toBe('paste');
    expect(report.meta.headline).toBe('Jeansonne Claims Mazda MX-5 Cup Pole');
    expect(report.doc.content.map((node) => node.type)).toEqual(['paragraph', 'bulletList', 'orderedList', 'paragraph']);
    expect(report.doc.content.map(textOfNode).join('\n\n')).toBe('Jeansonne reset the qualifying lap record with a pole time of 2:06.544.\n\nAaron Jeansonne\nConnor Zilisch\n\nPractice\nQualifying\n\nResults on imsa.com.');
    expect(report.doc.content[0].content?.[0]).toEqual({ type: 'text', text: 'Jeansonne', marks: [{ type: 'bold' }] });
    expect(JSON.stringify(report)).not.toMatch(/mso-|Calibri|·|StartFragment|WordDocument/);
  });

  it('reads Google Docs formatting from its styles, not the not-bold <b> around everything', () => {
    const report = importPaste(GOOGLE_DOCS_CLIPBOARD);
    expectSafeDoc(report.doc);
    const marks = report.doc.content[0].content?.map((node) => [node.text, (node.marks ?? []).map((mark) => mark.type).join('+')]);
    expect(marks).toEqual([['Gottsacker', 'bold'], [' took the TCR pole by ', ''], ['.299 seconds', 'italic'], [' .3 seconds', 'strike'], ['.', '']]);
  });

  it('sanitises what a browser paste carries', () => {
    const report = importPaste('<p onclick="alert(1)">Lazare on pole<img src=x onerror=alert(2)><a href="javascript:alert(3)">link</a></p><script>alert(4)</script>');
    expect(allText(report)).not.toMatch(HOSTILE);
    expect(plainTextFromDoc(report.doc)).toBe('Lazare on polelink');
  });

  it('imports plain text when the clipboard has no HTML', () => {
    expect(plainTextFromDoc(importPaste('', 'Lazare on pole.\n\nShare this article: Facebook Twitter').doc)).toBe('Lazare on pole.');
  });
});
