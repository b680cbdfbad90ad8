// The queries bench/relevance.ts scores, written the way engineers search the library: codes and
// IDs, exact titles, synonyms and older names, one-typo words, whole questions and topic phrases.
// `expect` lists the entries that answer the query (`kind:id`); a query is a hit at rank k when
// any of them is among the first k results. Written before tuning the engine against them, and
// kept when a change makes one fail: a miss is a finding, not a reason to edit the query.

export type QueryKind = 'code' | 'title' | 'synonym' | 'typo' | 'question' | 'topic';

export interface RelevanceQuery {
  q: string;
  kind: QueryKind;
  expect: string[];
}

const POISONING = ['threat:ml02-data-poisoning', 'threat:ml10-model-poisoning', 'threat:llm04-data-and-model-poisoning', 'glossary:data-poisoning'];

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Codes and IDs.
  { q: 'ML08', kind: 'code', expect: ['threat:ml08-model-skewing'] },
  { q: 'ml05:2023', kind: 'code', expect: ['threat:ml05-model-theft'] },
  { q: 'LLM01', kind: 'code', expect: ['threat:llm01-prompt-injection'] },
  { q: 'LLM10:2025', kind: 'code', expect: ['threat:llm10-unbounded-consumption'] },
  { q: 'FIN-07', kind: 'code', expect: ['threat:fin-07-scoring-model-extraction'] },
  { q: 'SC-02', kind: 'code', expect: ['threat:sc-02-unsafe-deserialization-model-files'] },
  { q: 'SC02', kind: 'code', expect: ['threat:sc-02-unsafe-deserialization-model-files'] },
  {
    q: 'AML.T0020',
    kind: 'code',
    expect: [
      'threat:ml02-data-poisoning',
      'threat:ml08-model-skewing',
      'threat:llm04-data-and-model-poisoning',
      'threat:fin-04-chargeback-label-poisoning',
      'threat:fin-09-bureau-feed-tampering',
      'threat:fin-11-insider-label-flipping',
      'threat:sc-08-tampered-source-datasets',
    ],
  },
  { q: 'AML.T0024.002', kind: 'code', expect: ['threat:ml05-model-theft', 'threat:fin-07-scoring-model-extraction', 'threat:llm10-unbounded-consumption'] },
  {
    q: 'AML.M0014',
    kind: 'code',
    expect: ['mitigation:model-signing', 'mitigation:build-provenance', 'mitigation:data-provenance', 'mitigation:pretrained-model-vetting'],
  },
  { q: 'STRIDE E', kind: 'code', expect: ['framework:stride-elevation-of-privilege'] },
  { q: 'PASTA stage 4', kind: 'code', expect: ['framework:pasta-stage-4-threat-analysis'] },

  // Exact titles.
  { q: 'Model Skewing', kind: 'title', expect: ['threat:ml08-model-skewing'] },
  { q: 'Membership Inference Attack', kind: 'title', expect: ['threat:ml04-membership-inference', 'glossary:membership-inference'] },
  { q: 'Model Theft', kind: 'title', expect: ['threat:ml05-model-theft'] },
  { q: 'Excessive Agency', kind: 'title', expect: ['threat:llm06-excessive-agency'] },
  { q: 'Unsafe deserialization in model files', kind: 'title', expect: ['threat:sc-02-unsafe-deserialization-model-files'] },
  { q: 'Vector and Embedding Weaknesses', kind: 'title', expect: ['threat:llm08-vector-and-embedding-weaknesses'] },
  { q: 'Stage promotion without review', kind: 'title', expect: ['threat:sc-05-unreviewed-stage-promotion'] },
  { q: 'Elevation of Privilege', kind: 'title', expect: ['framework:stride-elevation-of-privilege'] },
  { q: 'Application Decomposition', kind: 'title', expect: ['framework:pasta-stage-3-decomposition'] },
  { q: 'Data Disclosure', kind: 'title', expect: ['framework:linddun-data-disclosure'] },
  { q: 'feature store', kind: 'title', expect: ['glossary:feature-store'] },
  { q: 'Sign model artifacts and verify signatures at deploy', kind: 'title', expect: ['mitigation:model-signing'] },
  { q: 'Train with differential privacy', kind: 'title', expect: ['mitigation:differential-privacy'] },
  { q: 'synthetic identity fraud', kind: 'title', expect: ['threat:fin-02-synthetic-identity-fraud', 'glossary:synthetic-identity-fraud'] },

  // Synonyms and older names.
  { q: 'linkability', kind: 'synonym', expect: ['framework:linddun-linking'] },
  { q: 'identifiability', kind: 'synonym', expect: ['framework:linddun-identifying'] },
  { q: 'detectability', kind: 'synonym', expect: ['framework:linddun-detecting'] },
  { q: 'disclosure of information', kind: 'synonym', expect: ['framework:linddun-data-disclosure', 'framework:stride-information-disclosure'] },
  { q: 'content unawareness', kind: 'synonym', expect: ['framework:linddun-unawareness'] },
  { q: 'policy and consent non-compliance', kind: 'synonym', expect: ['framework:linddun-non-compliance'] },
  { q: 'adversarial examples', kind: 'synonym', expect: ['threat:ml01-input-manipulation', 'glossary:adversarial-example'] },
  { q: 'evasion attack', kind: 'synonym', expect: ['threat:ml01-input-manipulation', 'glossary:evasion-attack'] },
  { q: 'model stealing', kind: 'synonym', expect: ['threat:ml05-model-theft', 'glossary:model-extraction'] },
  { q: 'model extraction', kind: 'synonym', expect: ['threat:ml05-model-theft', 'glossary:model-extraction', 'threat:fin-07-scoring-model-extraction'] },
  { q: 'training data poisoning', kind: 'synonym', expect: ['threat:llm04-data-and-model-poisoning', 'threat:ml02-data-poisoning', 'glossary:data-poisoning'] },
  { q: 'insecure output handling', kind: 'synonym', expect: ['threat:llm05-improper-output-handling'] },
  { q: 'model denial of service', kind: 'synonym', expect: ['threat:llm10-unbounded-consumption'] },
  { q: 'overreliance', kind: 'synonym', expect: ['threat:llm09-misinformation'] },
  { q: 'denial of wallet', kind: 'synonym', expect: ['threat:llm10-unbounded-consumption'] },
  { q: 'privilege escalation', kind: 'synonym', expect: ['framework:stride-elevation-of-privilege'] },
  {
    q: 'trojaned model',
    kind: 'synonym',
    expect: ['threat:ml10-model-poisoning', 'glossary:backdoor-attack', 'threat:sc-06-backdoored-pretrained-weights', 'mitigation:backdoor-detection'],
  },
  { q: 'smurfing', kind: 'synonym', expect: ['threat:fin-05-aml-structuring-evasion', 'glossary:structuring'] },
  { q: 'AI BOM', kind: 'synonym', expect: ['mitigation:ai-bom', 'glossary:ai-bom', 'threat:sc-15-missing-provenance-ai-bom'] },
  { q: 'typosquatting', kind: 'synonym', expect: ['threat:sc-07-dependency-confusion-training-images', 'threat:sc-12-model-card-metadata-spoofing'] },
  { q: 'hallucination', kind: 'synonym', expect: ['threat:llm09-misinformation', 'glossary:hallucination'] },
  { q: 'jailbreak', kind: 'synonym', expect: ['threat:llm01-prompt-injection', 'glossary:jailbreak'] },

  // One-typo words.
  { q: 'posioning', kind: 'typo', expect: POISONING },
  { q: 'extration', kind: 'typo', expect: ['glossary:model-extraction', 'threat:ml05-model-theft', 'threat:fin-07-scoring-model-extraction', 'glossary:training-data-extraction'] },
  { q: 'jailbeak', kind: 'typo', expect: ['glossary:jailbreak', 'threat:llm01-prompt-injection'] },
  { q: 'adversrial examples', kind: 'typo', expect: ['threat:ml01-input-manipulation', 'glossary:adversarial-example'] },
  { q: 'membrship inference', kind: 'typo', expect: ['threat:ml04-membership-inference', 'glossary:membership-inference'] },
  { q: 'prompt injetion', kind: 'typo', expect: ['threat:llm01-prompt-injection', 'glossary:prompt-injection', 'glossary:indirect-prompt-injection'] },
  { q: 'model skweing', kind: 'typo', expect: ['threat:ml08-model-skewing'] },
  {
    q: 'dependancy confusion',
    kind: 'typo',
    expect: ['threat:sc-07-dependency-confusion-training-images', 'glossary:dependency-confusion', 'case-study:pytorch-torchtriton-dependency-confusion'],
  },
  { q: 'differental privacy', kind: 'typo', expect: ['mitigation:differential-privacy', 'glossary:differential-privacy'] },
  { q: 'deserilization', kind: 'typo', expect: ['threat:sc-02-unsafe-deserialization-model-files'] },
  { q: 'watermarkng', kind: 'typo', expect: ['mitigation:model-watermarking'] },
  { q: 'halucination', kind: 'typo', expect: ['threat:llm09-misinformation', 'glossary:hallucination'] },

  // Whole questions.
  {
    q: 'how do I stop someone copying my model through the API',
    kind: 'question',
    expect: [
      'threat:ml05-model-theft',
      'threat:fin-07-scoring-model-extraction',
      'glossary:model-extraction',
      'mitigation:rate-limiting',
      'mitigation:query-monitoring',
      'mitigation:model-watermarking',
      'mitigation:output-minimisation',
    ],
  },
  { q: 'can an attacker tell whether a record was in my training data', kind: 'question', expect: ['threat:ml04-membership-inference', 'glossary:membership-inference'] },
  {
    q: 'is it safe to load a pickle file from hugging face',
    kind: 'question',
    expect: [
      'threat:sc-02-unsafe-deserialization-model-files',
      'mitigation:safe-serialization',
      'mitigation:model-file-scanning',
      'case-study:hugging-face-malicious-pickle-models',
      'glossary:pickle',
      'threat:ml06-ai-supply-chain-attacks',
    ],
  },
  {
    q: 'what if someone poisons the labels in my training set',
    kind: 'question',
    expect: [
      'threat:ml02-data-poisoning',
      'glossary:label-flipping',
      'threat:fin-04-chargeback-label-poisoning',
      'threat:fin-11-insider-label-flipping',
      'mitigation:label-integrity-controls',
      'mitigation:data-validation',
    ],
  },
  {
    q: 'how do I stop prompt injection in a RAG chatbot',
    kind: 'question',
    expect: ['threat:llm01-prompt-injection', 'glossary:prompt-injection', 'glossary:indirect-prompt-injection', 'mitigation:untrusted-content-isolation', 'mitigation:llm-guardrails'],
  },
  { q: 'who can promote a model to production without a review', kind: 'question', expect: ['threat:sc-05-unreviewed-stage-promotion', 'mitigation:promotion-review'] },
  {
    q: 'how can I tell if a model in the registry was tampered with',
    kind: 'question',
    expect: [
      'threat:sc-01-unsigned-model-artifacts',
      'threat:sc-03-registry-version-overwrite',
      'threat:ml10-model-poisoning',
      'mitigation:model-signing',
      'mitigation:immutable-model-versions',
      'mitigation:audit-logging',
    ],
  },
  { q: 'can someone reconstruct faces from my face recognition model', kind: 'question', expect: ['threat:ml03-model-inversion', 'glossary:model-inversion'] },
  { q: 'how do applicants game a credit scoring model', kind: 'question', expect: ['threat:fin-01-applicant-feature-gaming'] },
  { q: 'what stops an LLM agent from deleting production data', kind: 'question', expect: ['threat:llm06-excessive-agency', 'mitigation:llm-agent-least-privilege'] },
  {
    q: 'our fraud model got worse after we changed the product',
    kind: 'question',
    expect: ['threat:fin-12-policy-change-drift-exploitation', 'glossary:concept-drift', 'mitigation:model-monitoring'],
  },
  { q: 'how do I keep API keys out of notebooks', kind: 'question', expect: ['threat:sc-09-secrets-in-models-and-notebooks', 'mitigation:secrets-management'] },
  { q: 'chatbot invented a refund policy', kind: 'question', expect: ['case-study:air-canada-chatbot-ruling', 'threat:llm09-misinformation'] },
  { q: 'what is a tabletop exercise', kind: 'question', expect: ['glossary:tabletop-exercise'] },
  { q: 'what is STRIDE', kind: 'question', expect: ['framework:stride', 'glossary:stride'] },
  { q: 'how do attackers get the system prompt out of a chatbot', kind: 'question', expect: ['threat:llm07-system-prompt-leakage', 'glossary:system-prompt'] },

  // Topic phrases.
  { q: 'model skewing feedback loop', kind: 'topic', expect: ['threat:ml08-model-skewing'] },
  { q: 'invert model reconstruct training data', kind: 'topic', expect: ['threat:ml03-model-inversion', 'glossary:model-inversion'] },
  {
    q: 'backdoor in pretrained weights',
    kind: 'topic',
    expect: ['threat:sc-06-backdoored-pretrained-weights', 'threat:ml07-transfer-learning-attack', 'threat:ml10-model-poisoning'],
  },
  { q: 'public S3 bucket with model files', kind: 'topic', expect: ['threat:sc-10-public-artifact-storage'] },
  { q: 'GitHub Actions pipeline tampering', kind: 'topic', expect: ['threat:sc-11-ci-cd-pipeline-tampering'] },
  { q: 'torchtriton', kind: 'topic', expect: ['case-study:pytorch-torchtriton-dependency-confusion', 'threat:sc-07-dependency-confusion-training-images'] },
  { q: 'ShadowRay', kind: 'topic', expect: ['case-study:shadowray-ray-cluster-exploitation'] },
  { q: 'Tay chatbot', kind: 'topic', expect: ['case-study:tay-chatbot-poisoning'] },
  { q: 'spoofed market data trading model', kind: 'topic', expect: ['threat:fin-13-market-data-manipulation'] },
  { q: 'card numbers in training data', kind: 'topic', expect: ['threat:fin-10-pan-in-training-data'] },
  { q: 'bias in credit decisions', kind: 'topic', expect: ['threat:fin-08-proxy-discrimination', 'mitigation:fairness-testing', 'glossary:disparate-impact'] },
  { q: 'rate limiting', kind: 'topic', expect: ['mitigation:rate-limiting'] },

  // Added after the engine was written, and scored as they came out: a check that the ranking
  // generalises beyond the queries it was built against.
  { q: 'LLM08', kind: 'code', expect: ['threat:llm08-vector-and-embedding-weaknesses'] },
  { q: 'fin-12', kind: 'code', expect: ['threat:fin-12-policy-change-drift-exploitation'] },
  {
    q: 'AML.T0051',
    kind: 'code',
    expect: ['threat:llm01-prompt-injection', 'threat:llm05-improper-output-handling', 'threat:llm06-excessive-agency', 'threat:llm07-system-prompt-leakage'],
  },
  { q: 'Transfer Learning Attack', kind: 'title', expect: ['threat:ml07-transfer-learning-attack'] },
  { q: 'Output Integrity Attack', kind: 'title', expect: ['threat:ml09-output-integrity-attack'] },
  { q: 'Roll back to a known-good model version', kind: 'title', expect: ['mitigation:model-rollback'] },
  { q: 'System Prompt Leakage', kind: 'title', expect: ['threat:llm07-system-prompt-leakage'] },
  { q: 'backdoor attack', kind: 'synonym', expect: ['glossary:backdoor-attack', 'threat:ml10-model-poisoning', 'threat:sc-06-backdoored-pretrained-weights'] },
  { q: 'shadow models', kind: 'synonym', expect: ['glossary:shadow-model', 'threat:ml04-membership-inference'] },
  { q: 'prompt leaking', kind: 'synonym', expect: ['threat:llm07-system-prompt-leakage'] },
  { q: 'model watermarking', kind: 'synonym', expect: ['mitigation:model-watermarking'] },
  { q: 'embeding inversion', kind: 'typo', expect: ['threat:llm08-vector-and-embedding-weaknesses'] },
  { q: 'suply chain', kind: 'typo', expect: ['threat:ml06-ai-supply-chain-attacks', 'threat:llm03-supply-chain', 'collection:supply-chain'] },
  { q: 'mebership inference', kind: 'typo', expect: ['threat:ml04-membership-inference', 'glossary:membership-inference'] },
  {
    q: 'how do I verify a model file before loading it',
    kind: 'question',
    expect: ['threat:sc-01-unsigned-model-artifacts', 'threat:sc-02-unsafe-deserialization-model-files', 'mitigation:model-signing', 'mitigation:model-file-scanning'],
  },
  { q: 'can users make my chatbot ignore its instructions', kind: 'question', expect: ['threat:llm01-prompt-injection', 'glossary:prompt-injection', 'glossary:jailbreak'] },
  { q: 'what should we do in an ML incident', kind: 'question', expect: ['mitigation:ml-incident-response'] },
  { q: 'how do I stop a competitor distilling my LLM', kind: 'question', expect: ['threat:llm10-unbounded-consumption', 'threat:ml05-model-theft', 'glossary:model-extraction'] },
  {
    q: "is my vector database leaking other tenants' documents",
    kind: 'question',
    expect: ['threat:llm08-vector-and-embedding-weaknesses', 'mitigation:rag-access-control', 'glossary:vector-database'],
  },
  { q: 'secrets in model files', kind: 'topic', expect: ['threat:sc-09-secrets-in-models-and-notebooks'] },
  { q: 'insider label flipping', kind: 'topic', expect: ['threat:fin-11-insider-label-flipping', 'glossary:label-flipping'] },
  { q: 'deepfake identity onboarding', kind: 'topic', expect: ['threat:fin-02-synthetic-identity-fraud'] },
];

/** Queries that mean nothing: every one must return zero results. */
export const NONSENSE_QUERIES: string[] = [
  'zzzzzzzzzzzz',
  'a'.repeat(1000),
  'asdfghjkl',
  'qwertyuiop',
  'xkcdqwv',
  'mnbvcxz lkjhg',
  'fhqwhgads',
  'b'.repeat(20),
  'jjjj kkkk llll',
  'qxzv wqpf',
];
