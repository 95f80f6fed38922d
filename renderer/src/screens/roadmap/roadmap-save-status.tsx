import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../runner/save-indicator';
import type { SaveState } from '../runner/use-autosave';

/** The workshop's save indicator with the roadmap's words. */
export function RoadmapSaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <SaveIndicator
      state={state}
      texts={{
        label: (kind) => t(`roadmap.save.${kind}`),
        failed: t('roadmap.save.failed'),
        detail: (s) =>
          s.code === 'storage-failed'
            ? t('roadmap.save.storage', { error: s.error })
            : t('roadmap.save.refused', { reason: t(`errors.${s.code as 'internal'}`) }),
      }}
    />
  );
}
