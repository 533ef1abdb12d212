/** Three ranges on the speech-recognition template, one of each shape the issue shows. */
export const RANGES = [
  'uncertainty:',
  '  revenue_model.churn_monthly: { low: "1.5%", high: "5%" }',
  '  growth.new_customers_monthly: { low: 6, high: 20, dist: triangular }',
  '  revenue_model.cac: { low: 5000, high: 15000, dist: lognormal }',
  '',
].join('\n');
