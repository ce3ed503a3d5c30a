package dev.openrama.runtime.engine.store;

/** Lets implementation tests in other packages run the package-private contract. */
public abstract class TaskStoreContractAccess extends TaskStoreContract {}
