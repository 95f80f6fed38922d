import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DIAMOND_ROWS } from '../../../core/model/diamond-geometry';
import { AREA_IDS, AREA_LAYER, LAYER_IDS, areasOfLayer, type AreaId } from '../../../core/model/areas';
import { DiamondPicture, LAYER_COLOURS } from '../components/diamond-nav';
import { useHyphenate } from '../hyphenation';
import { useLanguage } from '../use-language';

/**
 * The first screen: what Timantti assesses. The diamond is the same picture
 * the workshop navigates and the report prints (same places and shapes),
 * with the layers named beside it.
 */
export function StartScreen({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const hyphenate = useHyphenate(useLanguage());
  // Read top-down as the picture is: the outcome on top, culture at the base.
  const rowOrder = DIAMOND_ROWS.flat();
  const pictureAreas = AREA_IDS.map((id) => ({ id, title: hyphenate(t(`areas.${id}`)), layer: AREA_LAYER[id] }));
  const layersTopDown = [...LAYER_IDS].sort((a, b) => firstRow(a, rowOrder) - firstRow(b, rowOrder));
  return (
    <Stack spacing={compact ? 3 : 4} sx={{ maxWidth: 960, mx: 'auto' }}>
      {!compact && (
        <Box>
          <Typography variant="h1" component="h1" gutterBottom>
            {t('start.title')}
          </Typography>
          <Typography variant="body1" sx={{ fontSize: '1.15rem', maxWidth: 760, color: 'text.secondary' }}>
            {t('start.lead')}
          </Typography>
        </Box>
      )}
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="diamond-heading">
        <Typography variant={compact ? 'h3' : 'h2'} component="h2" id="diamond-heading" sx={{ mb: 2 }}>
          {t('start.diamondHeading')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'auto minmax(0, 1fr)' }, gap: 4, alignItems: 'center' }}>
          <Box sx={{ justifySelf: 'center' }}>
            <DiamondPicture areas={pictureAreas} label={t('start.diamondPicture')} size={compact ? 260 : 300} />
          </Box>
          <Stack spacing={1.5} component="ol" aria-label={t('start.layersLabel')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {layersTopDown.map((layer) => (
              <Box
                component="li"
                key={layer}
                data-layer={layer}
                sx={{ display: 'grid', gridTemplateColumns: '1.25rem minmax(0, 1fr)', columnGap: 1.5, alignItems: 'baseline' }}
              >
                <Box
                  aria-hidden="true"
                  sx={{
                    width: '1rem',
                    height: '1rem',
                    alignSelf: 'center',
                    transform: 'rotate(45deg) scale(0.8)',
                    bgcolor: LAYER_COLOURS[layer].fill,
                    border: '1px solid #8aa2bf',
                  }}
                />
                <Box>
                  <Typography variant="h3" component="h3" sx={{ fontSize: '1rem', color: 'text.secondary' }}>
                    {t(`layers.${layer}`)}
                  </Typography>
                  <Typography variant="body1" component="p" sx={{ m: 0 }}>
                    {areasOfLayer(layer)
                      .map((area) => t(`areas.${area}`))
                      .join(' · ')}
                  </Typography>
                </Box>
              </Box>
            ))}
          </Stack>
        </Box>
      </Paper>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {compact ? t('start.lead') + ' ' : ''}
        {t('start.offline')}
      </Typography>
    </Stack>
  );
}

/** The row of the picture where a layer first appears (top = 0). */
function firstRow(layer: string, rowOrder: readonly string[]): number {
  return Math.min(...rowOrder.map((id, i) => (AREA_LAYER[id as AreaId] === layer ? i : Infinity)));
}
