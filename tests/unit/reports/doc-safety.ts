import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { expect } from 'vitest';
import type { DocNode } from '../../../src/domain/articles/article';
import type { ImportedReport } from '../../../src/services/importers/reports';

const schema = getSchema([StarterKit]);
const NODE_TYPES = new Set(['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'hardBreak', 'text']);
const MARK_TYPES = new Set(['bold', 'italic', 'strike', 'link']);

function* walk(node: DocNode): Generator<DocNode> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

/** Fails unless the document is valid in StarterKit's schema and uses only the nodes, marks and links an import may. */
export function expectSafeDoc(doc: DocNode): void {
  expect(() => Node.fromJSON(schema, doc).check()).not.toThrow();
  for (const node of walk(doc)) {
    expect(NODE_TYPES).toContain(node.type);
    if (node.type === 'heading') expect([1, 2, 3]).toContain(node.attrs?.level);
    for (const mark of node.marks ?? []) {
      expect(MARK_TYPES).toContain(mark.type);
      if (mark.type === 'link') expect(String(mark.attrs?.href)).toMatch(/^(?:https?:\/\/|mailto:)[^\s"'<>]*$/);
    }
  }
}

/** Every text of the import, removed pieces included (the writer can put those back). */
export function allText(report: ImportedReport): string {
  const texts = [...walk(report.doc)].map((node) => node.text ?? '');
  return [...texts, ...report.removed.map((piece) => piece.text), ...Object.values(report.meta).map((value) => value ?? '')].join('\n');
}

/** Signs that attack code survived as text or markup. */
export const HOSTILE = /alert\(|msgbox|javascript:|vbscript:|data:|onerror|onload|onclick|onmouseover|onfocus|<script|<svg|<iframe|<object|<style|evil\.example/i;
