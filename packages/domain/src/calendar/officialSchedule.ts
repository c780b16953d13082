/**
 * The official holiday schedule (国务院办公厅放假安排) 2019–2026 bundled with the domain library, so that the server
 * can seed its calendar table and the CLI has a default. The calendar functions never read it implicitly: pass it
 * (or the administrators' edited copy) to createCalendar.
 *
 * Data: holiday-cn JSON files copied verbatim (see holiday-cn/SOURCE.txt for the upstream commit and blob hashes).
 * Each year keeps the gov.cn notices ("papers") it was built from. 2020 includes the 2020-01-27 notice extending the
 * Spring Festival holiday to 2020-02-02 (COVID-19); 2019 includes the 2019-03-22 劳动节 adjustment.
 */

import type { HolidaySchedule, HolidayYear } from './calendar.js';
import y2019 from './holiday-cn/2019.json' with { type: 'json' };
import y2020 from './holiday-cn/2020.json' with { type: 'json' };
import y2021 from './holiday-cn/2021.json' with { type: 'json' };
import y2022 from './holiday-cn/2022.json' with { type: 'json' };
import y2023 from './holiday-cn/2023.json' with { type: 'json' };
import y2024 from './holiday-cn/2024.json' with { type: 'json' };
import y2025 from './holiday-cn/2025.json' with { type: 'json' };
import y2026 from './holiday-cn/2026.json' with { type: 'json' };

interface HolidayCnFile {
  year: number;
  papers: string[];
  days: { name: string; date: string; isOffDay: boolean }[];
}

export const HOLIDAY_CN_SOURCE =
  'holiday-cn (github.com/NateScarlet/holiday-cn, MIT), snapshot d4e53bf2143de9a85bbd0a916c6c4adac32b075f';

function fromHolidayCn(file: HolidayCnFile): HolidayYear {
  return {
    year: file.year,
    days: file.days.map((d) => ({ name: d.name, date: d.date, isOffDay: d.isOffDay })),
    source: { papers: [...file.papers], note: HOLIDAY_CN_SOURCE },
  };
}

const files: HolidayCnFile[] = [y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026];

/** The bundled official schedule, years 2019–2026. */
export const officialSchedule: HolidaySchedule = { years: files.map(fromHolidayCn) };
