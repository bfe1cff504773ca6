// Checks that each published package's API report matches its built type
// declarations, or rewrites the reports with --update. Run after `pnpm build`.
import path from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const packageDirs = ['packages/core', 'packages/react'];
const update = process.argv.includes('--update');
let failed = false;

for (const packageDir of packageDirs) {
  const config = ExtractorConfig.loadFileAndPrepare(
    path.resolve(packageDir, 'api-extractor.json'),
  );
  const reportPath = path.relative(process.cwd(), config.reportFilePath);
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
  });

  if (result.apiReportChanged && !update) {
    console.error(
      `api-report: the public API of ${config.packageJson?.name} no longer matches ${reportPath}. ` +
        'If the change is intended, run `pnpm api:update` and commit the report.',
    );
    failed = true;
  } else if (!result.succeeded) {
    console.error(
      `api-report: API Extractor failed for ${packageDir} with ${result.errorCount} errors and ${result.warningCount} warnings.`,
    );
    failed = true;
  } else {
    console.log(
      `api-report: ${reportPath} ${update ? 'written' : 'is up to date'}.`,
    );
  }
}

process.exit(failed ? 1 : 0);
