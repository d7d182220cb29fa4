/**
 * The ledger tables the mutation path may write, with the field key -> SQL column map of each.
 * Household and member columns come from the shared field specs, so a field added there is
 * writable here without a second list; the keys below are the structural columns.
 */
import { storedFields } from '../../shared/domain/records';

export interface TableSpec {
  columns: Record<string, string>;
  /** Keys whose values are sets stored as JSON arrays. */
  sets: readonly string[];
  /** Has created_at / updated_at. */
  timestamps: boolean;
}

function fromSpecs(kind: 'household' | 'member'): Record<string, string> {
  return Object.fromEntries(storedFields(kind).map((f) => [f.key, f.column as string]));
}

export type TableName = 'admin_units' | 'households' | 'members' | 'income_records' | 'policy_years' | 'measures' | 'monitor_events' | 'ledger_profile' | 'employment_records' | 'service_events' | 'returnee_cases' | 'department_lists';

export const TABLES: Record<TableName, TableSpec> = {
  admin_units: {
    columns: { level: 'level', name: 'name', code: 'code', parentId: 'parent_id' },
    sets: [],
    timestamps: false,
  },
  households: {
    columns: { ...fromSpecs('household'), villageId: 'village_id', groupId: 'group_id', memberCountStated: 'member_count_stated' },
    sets: ['risks'],
    timestamps: true,
  },
  members: {
    columns: { ...fromSpecs('member'), householdId: 'household_id' },
    sets: ['health'],
    timestamps: true,
  },
  income_records: {
    columns: {
      householdId: 'household_id',
      period: 'period',
      wageIncome: 'wage_income',
      businessIncome: 'business_income',
      propertyIncome: 'property_income',
      transferIncome: 'transfer_income',
      businessCost: 'business_cost',
      claimIncome: 'claim_income',
      selfPaidCost: 'self_paid_cost',
      memberCountStated: 'member_count_stated',
      netIncomeStated: 'net_income_stated',
      perCapitaStated: 'per_capita_stated',
      // JSON {name: fen}, passed in already serialised.
      subItems: 'sub_items',
    },
    sets: [],
    timestamps: true,
  },
  // JSON columns (warningLines, serviceTargets) are passed in already serialised.
  policy_years: {
    columns: {
      year: 'year',
      monitoringLineFen: 'monitoring_line_fen',
      warningLines: 'warning_lines',
      perCapitaDivisor: 'per_capita_divisor',
      labourAgeMin: 'labour_age_min',
      labourAgeMax: 'labour_age_max',
      monthlyDeadlineDay: 'monthly_deadline_day',
      quarterlyNeedsDay: 'quarterly_needs_day',
      heavySelfPaidFen: 'heavy_self_paid_fen',
      identificationDays: 'identification_days',
      measureWithinMonths: 'measure_within_months',
      serviceTargets: 'service_targets',
      publicNoticeDays: 'public_notice_days',
    },
    sets: [],
    timestamps: true,
  },
  measures: {
    columns: { householdId: 'household_id', year: 'year', measure: 'measure', detail: 'detail', startMonth: 'start_month' },
    sets: [],
    timestamps: true,
  },
  monitor_events: {
    columns: { householdId: 'household_id', kind: 'kind', eventDate: 'event_date', category: 'category', risks: 'risks', mode: 'mode', reason: 'reason', snapshot: 'snapshot' },
    sets: ['risks'],
    timestamps: true,
  },
  ledger_profile: {
    columns: { county: 'county', town: 'town', reportingUnit: 'reporting_unit', filledBy: 'filled_by', reviewedBy: 'reviewed_by', phone: 'phone' },
    sets: [],
    timestamps: true,
  },
  employment_records: {
    columns: {
      memberId: 'member_id',
      month: 'month',
      employed: 'employed',
      region: 'region',
      workProvince: 'work_province',
      workCity: 'work_city',
      workCounty: 'work_county',
      employer: 'employer',
      channel: 'channel',
      startMonth: 'start_month',
      monthsWorked: 'months_worked',
      monthlyWageFen: 'monthly_wage_fen',
      transportSubsidyFen: 'transport_subsidy_fen',
      jobNeed: 'job_need',
      trainingNeed: 'training_need',
      trainingKind: 'training_kind',
      wishedJob: 'wished_job',
      wishedRegion: 'wished_region',
    },
    sets: [],
    timestamps: true,
  },
  service_events: {
    columns: { memberId: 'member_id', date: 'event_date', kind: 'kind', employer: 'employer', post: 'post', project: 'project', result: 'result', source: 'origin' },
    sets: [],
    timestamps: true,
  },
  returnee_cases: {
    columns: {
      memberId: 'member_id',
      returnDate: 'return_date',
      lastAwayMonth: 'last_away_month',
      originPlace: 'origin_place',
      originEmployer: 'origin_employer',
      originRegion: 'origin_region',
      reason: 'reason',
      jobWish: 'job_wish',
      trainingWish: 'training_wish',
      wishedJob: 'wished_job',
      wishedRegion: 'wished_region',
      reemployDate: 'reemploy_date',
      reemployEmployer: 'reemploy_employer',
      reemployMode: 'reemploy_mode',
      leftAgainMonth: 'left_again_month',
      status: 'status',
      source: 'origin',
      note: 'note',
    },
    sets: [],
    timestamps: true,
  },
  department_lists: {
    columns: { department: 'department', idNo: 'id_no', name: 'name', kind: 'kind', detail: 'detail', startDate: 'start_date' },
    sets: [],
    timestamps: true,
  },
};
