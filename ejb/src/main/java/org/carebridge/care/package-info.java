/** The care domain and the use cases and jobs that cross modules. */
package org.carebridge.care;
