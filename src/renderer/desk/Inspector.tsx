import { useState, type ReactNode } from 'react';

export type InspectorTab = 'checks' | 'details' | 'removed' | 'versions';

interface InspectorProps {
  tabs: { id: InspectorTab; label: string; content: ReactNode }[];
  initial?: InspectorTab;
}

/** The right-hand panel: checks, details, what was removed on import, versions. */
export function Inspector({ tabs, initial }: InspectorProps) {
  const [active, setActive] = useState<InspectorTab>(initial ?? tabs[0].id);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="inspector-tabs" role="tablist">
        {tabs.map((tab) => (
          <button key={tab.id} type="button" role="tab" aria-selected={tab.id === current.id} className={tab.id === current.id ? 'tab active' : 'tab'} onClick={() => setActive(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div className="inspector-body" role="tabpanel" aria-label={current.label}>
        {current.content}
      </div>
    </aside>
  );
}
