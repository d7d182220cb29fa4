import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_IDLE_LOCK_MINUTES, parseSettings } from '../../../../../renderer/features/settings/settings-store';

describe('the clerk’s settings kept in the browser', () => {
  it('masks numbers and locks after 15 minutes when nothing is stored', () => {
    expect(parseSettings(null)).toEqual({ showFullNumbers: false, idleLockMinutes: 15 });
    expect(DEFAULT_SETTINGS.showFullNumbers).toBe(false);
  });

  it('reads stored choices, 0 minutes meaning never lock', () => {
    expect(parseSettings(JSON.stringify({ showFullNumbers: true, idleLockMinutes: 0 }))).toEqual({ showFullNumbers: true, idleLockMinutes: 0 });
  });

  it('falls back to safe values for a damaged or hand-edited entry', () => {
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ showFullNumbers: 'yes', idleLockMinutes: 2.5 }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ idleLockMinutes: -3 })).idleLockMinutes).toBe(0);
    expect(parseSettings(JSON.stringify({ idleLockMinutes: 100000 })).idleLockMinutes).toBe(MAX_IDLE_LOCK_MINUTES);
  });
});
