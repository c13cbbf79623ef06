// The demo's deterministic sample figures (pure): what `npm run demo` enters into the seed workbook.
export { sampleFigures, type SampleFigures, type SampleMonth, type PlantedProblem, type PlantedKind } from './sample';
