package overview

// Number exposes number to the tests of package overview_test.
var Number = number
