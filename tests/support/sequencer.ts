import { BaseSequencer, type TestSpecification } from "vitest/node";

// A clean clone has no record of how long each file took, so Vitest orders by size and the
// model-based test (a short file that runs for the longest) would start last and run alone while
// the other worker idles. It starts first instead.
const longestFirst = ["tests/integration/marketplace-model.test.ts"];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLongest = (file: TestSpecification) => longestFirst.some((name) => file.moduleId.endsWith(name));
    return [...sorted.filter(isLongest), ...sorted.filter((file) => !isLongest(file))];
  }
}
