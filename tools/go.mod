module github.com/dkgdpr/gdpr/tools

go 1.24

require (
	github.com/dkgdpr/gdpr v0.0.0-00010101000000-000000000000
	github.com/rickar/cal/v2 v2.1.32
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/shopspring/decimal v1.3.1
	github.com/stretchr/testify v1.8.4
	golang.org/x/text v0.14.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace github.com/dkgdpr/gdpr => ../
