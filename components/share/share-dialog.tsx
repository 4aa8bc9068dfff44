'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { ViewState } from '@/lib/view-state/rules';
import './share.css';

// The Share button of a timeline view. The dialog (its form, the POST to /api/v1/views, the
// copy fields) is not needed to show or operate the view, so it is loaded when the button is
// first pressed (share-dialog-body.tsx), and opens as soon as it has loaded.

const ShareDialogBody = dynamic(() => import('./share-dialog-body').then((m) => m.ShareDialogBody), {
  ssr: false,
});

interface Props {
  state: ViewState;
  /** The saved view this page shows, if any (its images are offered at once). */
  savedSlug?: string;
}

export function ShareDialog({ state, savedSlug }: Props) {
  const [openRequest, setOpenRequest] = useState(0);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => setOpenRequest((n) => n + 1)}
        aria-haspopup="dialog"
      >
        Share
      </button>
      {openRequest > 0 ? (
        <ShareDialogBody state={state} savedSlug={savedSlug} openRequest={openRequest} />
      ) : null}
    </>
  );
}
