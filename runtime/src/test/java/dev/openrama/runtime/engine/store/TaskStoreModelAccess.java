package dev.openrama.runtime.engine.store;

/** Lets implementation tests in other packages run the package-private model properties. */
public abstract class TaskStoreModelAccess extends TaskStoreModelProperties {}
