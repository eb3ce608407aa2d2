import { Mark, mergeAttributes } from '@tiptap/core';
import type { ClaimKind, ClaimUnit } from '../../../domain/claims';

export interface ResultTagAttributes {
  kind: ClaimKind;
  /** The parsed value: seconds for lap times and gaps, the speed in `unit`, the place for positions. */
  value: number;
  unit: ClaimUnit;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    resultTag: {
      setResultTag: (attributes: ResultTagAttributes) => ReturnType;
      unsetResultTag: () => ReturnType;
    };
  }
}

/** A lap time, gap, speed or position the writer tagged, carrying its parsed value. Never exported. */
export const ResultTag = Mark.create({
  name: 'rdResult',
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      kind: { default: 'lap_time', parseHTML: (element) => element.getAttribute('data-rd-result'), renderHTML: (attributes) => ({ 'data-rd-result': attributes.kind }) },
      value: { default: 0, parseHTML: (element) => Number(element.getAttribute('data-value')), renderHTML: (attributes) => ({ 'data-value': String(attributes.value) }) },
      unit: { default: 's', parseHTML: (element) => element.getAttribute('data-unit'), renderHTML: (attributes) => ({ 'data-unit': attributes.unit }) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-rd-result]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: `tag tag-result tag-${HTMLAttributes['data-rd-result'] as string}` }), 0];
  },

  addCommands() {
    return {
      setResultTag:
        (attributes) =>
        ({ commands, state }) =>
          !state.selection.empty && commands.setMark(this.name, attributes),
      unsetResultTag:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
