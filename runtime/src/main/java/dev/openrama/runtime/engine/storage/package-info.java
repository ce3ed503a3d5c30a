/**
 * Storage plumbing shared by depots and PStates: the locked
 * {@link dev.openrama.runtime.engine.storage.DataDirectory} and its layout, and
 * {@link dev.openrama.runtime.engine.storage.ChronicleSystem}, which every entry point calls
 * before touching Chronicle classes.
 */
package dev.openrama.runtime.engine.storage;
