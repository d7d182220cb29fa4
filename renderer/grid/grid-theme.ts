/**
 * The grids' look: AG Grid Quartz through the Theming API, tuned to a dense spreadsheet feel
 * (compact rows, column borders, a quiet header) that clerks used to Excel/WPS read quickly.
 * Colours match the app shell in styles.css.
 */
import { themeQuartz } from 'ag-grid-community';

export const UI_FONT = ['Microsoft YaHei', 'WenQuanYi Micro Hei', 'PingFang SC', 'sans-serif'];

export const LEDGER_GRID_THEME = themeQuartz.withParams({
  fontFamily: UI_FONT,
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  rowHeight: 30,
  headerHeight: 34,
  spacing: 5,
  cellHorizontalPadding: 8,
  accentColor: '#1f5fbf',
  foregroundColor: '#1f2733',
  headerTextColor: '#2b3645',
  headerBackgroundColor: '#eef2f7',
  borderColor: '#d5dce6',
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  columnBorder: true,
  headerColumnBorder: true,
  oddRowBackgroundColor: '#fafbfd',
  rowHoverColor: '#eef4fd',
  selectedRowBackgroundColor: '#dce8fa',
  cellEditingBorder: { color: '#1f5fbf', width: 2 },
  browserColorScheme: 'light',
});
