/**
 * The labs use cases the outside calls: the catalogue, lab orders and their collection, result files
 * and their intake (the import job's writer calls {@link com.kiorex.labs.boundary.ResultIntake}),
 * reading results and trends, and the review queue. Records here are the views and commands.
 */
package com.kiorex.labs.boundary;
