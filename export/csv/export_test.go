package csv

// Safe exposes safe to the tests.
var Safe = safe
