/**
 * Opens a view of the navigation from deep inside another one (e.g. 去数据筛查 in an export's
 * confirmation). App provides it; without a provider it does nothing.
 */
import { createContext, useContext } from 'react';
import type { ViewId } from './views';

export const OpenViewContext = createContext<(view: ViewId) => void>(() => undefined);

export function useOpenView(): (view: ViewId) => void {
  return useContext(OpenViewContext);
}
