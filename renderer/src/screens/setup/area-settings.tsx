import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export type AreaValues = Record<string, { weight: string; target: string }>;

/**
 * The weight and target of each area of the assessment's questionnaire (any
 * areas: the nine of the diamond, fewer, or a consultancy's own), as typed.
 */
export function AreaSettings({
  areas,
  values,
  onChange,
  errorOf,
}: {
  areas: { id: string; title: string }[];
  values: AreaValues;
  onChange: (values: AreaValues) => void;
  /** The problem with a field as typed, or null (shown only once the user tried to save). */
  errorOf: (kind: 'weight' | 'target', text: string) => string | null;
}) {
  const { t } = useTranslation();
  const field = (id: string, title: string, kind: 'weight' | 'target') => {
    const value = values[id]?.[kind] ?? '';
    const error = errorOf(kind, value);
    return (
      <TextField
        size="small"
        placeholder={kind === 'weight' ? '1' : '–'}
        value={value}
        error={error !== null}
        helperText={error ?? undefined}
        onChange={(e) => onChange({ ...values, [id]: { weight: '', target: '', ...values[id], [kind]: e.target.value } })}
        slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${title}: ${t(`setup.${kind}`)}` } }}
        sx={{ width: 110 }}
      />
    );
  };
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="areas-heading">
      <Typography variant="h2" id="areas-heading">
        {t('setup.areasHeading')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {t('setup.areasHelp')}
      </Typography>
      <Table size="small" aria-labelledby="areas-heading">
        <TableHead>
          <TableRow>
            <TableCell>{t('results.table.area')}</TableCell>
            <TableCell>{t('setup.weight')}</TableCell>
            <TableCell>{t('setup.target')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {areas.map(({ id, title }) => (
            <TableRow key={id} data-area-id={id}>
              <TableCell>{title}</TableCell>
              <TableCell>{field(id, title, 'weight')}</TableCell>
              <TableCell>{field(id, title, 'target')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
