module github.com/dkgdpr/gdpr

go 1.24

require golang.org/x/text v0.3.8
