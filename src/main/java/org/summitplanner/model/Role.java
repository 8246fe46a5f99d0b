package org.summitplanner.model;

/** What an attendee is at the summit. */
public enum Role {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, MILITARY, OFFICIAL, ADVISER, INTERPRETER, SECURITY, PRESS
}
