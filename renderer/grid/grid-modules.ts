/**
 * AG Grid modules, registered explicitly: only what the ledger grids use (infinite row model,
 * server-side sort and text/number filters, text and select editors, single-row selection, the
 * column API the saved views, ranges and exports read and set),
 * which keeps the bundle well below AllCommunityModule.
 */
import {
  CellStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  EventApiModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  ValidationModule,
} from 'ag-grid-community';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  ModuleRegistry.registerModules([
    InfiniteRowModelModule,
    TextFilterModule,
    NumberFilterModule,
    TextEditorModule,
    SelectEditorModule,
    RowSelectionModule,
      CellStyleModule,
    ColumnApiModule,
    ColumnAutoSizeModule,
    RowApiModule,
    RenderApiModule,
    ScrollApiModule,
    EventApiModule,
    LocaleModule,
    // Development builds explain a missing module or a misspelt option in the console.
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
}
