import { Timestamp } from '@/components/ui/timestamp';

/** "Editing version 3, saved by Ana on 24 Nov 2025, 09:41 UTC." */
export function RecordStamp({
  version,
  stamp,
}: {
  version: number;
  stamp: { actorLabel: string; at: string } | null;
}) {
  return (
    <p className="muted">
      Editing version {version}
      {stamp ? (
        <>
          , saved by {stamp.actorLabel} on <Timestamp value={stamp.at} />
        </>
      ) : null}
      .
    </p>
  );
}
