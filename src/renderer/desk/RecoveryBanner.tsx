interface RecoveryBannerProps {
  savedAt: string;
  onUse: () => void;
  onDiscard: () => void;
}

/** Offers the text that was typed but never reached the disk (a crash, a closed window). */
export function RecoveryBanner({ savedAt, onUse, onDiscard }: RecoveryBannerProps) {
  return (
    <div className="banner" role="alert">
      <span>Unsaved text from {new Date(savedAt).toLocaleString()} was recovered.</span>
      <button type="button" onClick={onUse}>Use recovered text</button>
      <button type="button" onClick={onDiscard}>Discard it</button>
    </div>
  );
}
