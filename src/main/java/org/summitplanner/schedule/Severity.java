package org.summitplanner.schedule;

/** How bad a finding is: an error must be fixed (or acknowledged), a warning deserves a look. */
public enum Severity {
    ERROR, WARNING
}
