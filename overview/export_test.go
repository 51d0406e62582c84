package overview

// Number exposes number to the tests of package overview_test.
var Number = number

// ElementPath exposes elementPath to the tests of package overview_test.
var ElementPath = elementPath
