/**
 * The agent catalogue (A1): the platform's agents as data ({@code Agents}: find, filter, the super-admin's revision of
 * an entry), put into an empty catalogue at start ({@code CatalogueSeed}). Every other agents sub-domain stands on it.
 */
package com.bizosaas.agents.catalogue.boundary;
