/** Guardianship-capacity assessment: a versioned, weighted questionnaire kept as data; risk and history per child. */
package org.carebridge.care.assessment;
