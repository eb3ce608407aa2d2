import type { ArticleMeta } from '../../domain/articles/article';

type MetaField = Exclude<keyof ArticleMeta, 'headline'>;

const FIELDS: { field: MetaField; label: string; placeholder: string }[] = [
  { field: 'standfirst', label: 'Standfirst', placeholder: 'One-sentence summary under the headline' },
  { field: 'byline', label: 'Byline', placeholder: 'By …' },
  { field: 'dateline', label: 'Dateline', placeholder: 'DAYTONA BEACH, Fla. —' },
  { field: 'date', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { field: 'series', label: 'Series', placeholder: 'IMSA WeatherTech SportsCar Championship' },
  { field: 'event', label: 'Event', placeholder: 'Roar Before the Rolex 24' },
  { field: 'track', label: 'Track', placeholder: 'Daytona International Speedway' },
  { field: 'session', label: 'Session', placeholder: 'Qualifying' },
];

interface DetailsPanelProps {
  meta: ArticleMeta;
  onChange: (patch: Partial<ArticleMeta>) => void;
}

/** The article's metadata, found on import and editable here. */
export function DetailsPanel({ meta, onChange }: DetailsPanelProps) {
  return (
    <form className="details" onSubmit={(event) => event.preventDefault()} aria-label="Article details">
      {FIELDS.map(({ field, label, placeholder }) => (
        <label key={field} className="field">
          <span>{label}</span>
          <input
            value={meta[field] ?? ''}
            placeholder={placeholder}
            onChange={(event) => onChange({ [field]: event.target.value === '' ? null : event.target.value })}
          />
        </label>
      ))}
    </form>
  );
}
