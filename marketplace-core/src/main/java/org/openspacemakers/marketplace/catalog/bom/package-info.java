/** Bills of materials: reading the CSV files EDA tools export into checked BOM lines with a revision hash. */
package org.openspacemakers.marketplace.catalog.bom;
